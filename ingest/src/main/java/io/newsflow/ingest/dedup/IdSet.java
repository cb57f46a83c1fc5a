package io.newsflow.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The most recent {@code capacity} ids, each held as a 128-bit number: ids are hex digests (32 hex digits, with
 * an optional prefix such as {@code rejected:}), so nothing of them is lost. Open addressing in two {@code long}
 * arrays and a ring of insertion order for eviction: about 48 bytes an id instead of 121 for a
 * {@code LinkedHashMap<String, …>}, no allocation per id, and no string hashing on the publishing thread, where
 * the map had become one of the larger costs of ingest. Not thread-safe: {@link SeenIds} locks around it.
 */
final class IdSet {

    private static final int HEX_DIGITS = 32;
    private static final long EMPTY = 0L;
    private static final int INITIAL_SLOTS = 1 << 12;

    private final int capacity;
    /** Key halves; a slot is empty when both are zero (a key of zero is stored as {@link #ZERO_STAND_IN}). */
    private long[] highs;
    private long[] lows;
    /** Keys in insertion order, oldest at {@code ringStart}: evicted first when the set is full. */
    private long[] ringHighs = new long[0];
    private long[] ringLows = new long[0];
    private int ringStart;
    private int size;

    IdSet(int capacity) {
        this(capacity, INITIAL_SLOTS);
    }

    /** @param initialSlots a power of two; small ones let tests crowd the table */
    IdSet(int capacity, int initialSlots) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        if (Integer.bitCount(initialSlots) != 1) {
            throw new IllegalArgumentException("initialSlots must be a power of two: " + initialSlots);
        }
        this.capacity = capacity;
        this.highs = new long[initialSlots];
        this.lows = new long[initialSlots];
    }

    int size() {
        return size;
    }

    boolean contains(String id) {
        Key key = Key.of(id);
        return slotOf(key.high(), key.low()) >= 0;
    }

    /** @return whether the id was new; the oldest id is forgotten when the set is full */
    boolean add(String id) {
        Key key = Key.of(id);
        if (slotOf(key.high(), key.low()) >= 0) {
            return false;
        }
        if (size == capacity) {
            evictOldest();
        }
        growIfCrowded();
        insert(key.high(), key.low());
        remember(key.high(), key.low());
        size++;
        return true;
    }

    private int slotOf(long high, long low) {
        int mask = highs.length - 1;
        for (int slot = hash(high, low) & mask; !isEmpty(slot); slot = (slot + 1) & mask) {
            if (highs[slot] == high && lows[slot] == low) {
                return slot;
            }
        }
        return -1;
    }

    private void insert(long high, long low) {
        int mask = highs.length - 1;
        int slot = hash(high, low) & mask;
        while (!isEmpty(slot)) {
            slot = (slot + 1) & mask;
        }
        highs[slot] = high;
        lows[slot] = low;
    }

    /** Backward-shift deletion, so no tombstones build up under constant eviction. */
    private void delete(int slot) {
        int mask = highs.length - 1;
        int hole = slot;
        for (int next = (hole + 1) & mask; !isEmpty(next); next = (next + 1) & mask) {
            int home = hash(highs[next], lows[next]) & mask;
            boolean movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (movable) {
                highs[hole] = highs[next];
                lows[hole] = lows[next];
                hole = next;
            }
        }
        highs[hole] = EMPTY;
        lows[hole] = EMPTY;
    }

    private void remember(long high, long low) {
        if (ringHighs.length < capacity && size == ringHighs.length) {
            int larger = (int) Math.min(capacity, Math.max(16L, ringHighs.length * 2L));
            ringHighs = unrolled(ringHighs, larger);
            ringLows = unrolled(ringLows, larger);
            ringStart = 0;
        }
        int end = (ringStart + size) % ringHighs.length;
        ringHighs[end] = high;
        ringLows[end] = low;
    }

    /** The ring's entries from the oldest, in a larger array. */
    private long[] unrolled(long[] ring, int length) {
        long[] copy = new long[length];
        for (int i = 0; i < size; i++) {
            copy[i] = ring[(ringStart + i) % ring.length];
        }
        return copy;
    }

    private void evictOldest() {
        delete(slotOf(ringHighs[ringStart], ringLows[ringStart]));
        ringStart = (ringStart + 1) % ringHighs.length;
        size--;
    }

    /** At most half full, so probe runs stay short. */
    private void growIfCrowded() {
        if ((size + 1) * 2L <= highs.length) {
            return;
        }
        long[] oldHighs = highs;
        long[] oldLows = lows;
        highs = new long[oldHighs.length * 2];
        lows = new long[oldLows.length * 2];
        for (int slot = 0; slot < oldHighs.length; slot++) {
            if (oldHighs[slot] != EMPTY || oldLows[slot] != EMPTY) {
                insert(oldHighs[slot], oldLows[slot]);
            }
        }
    }

    private boolean isEmpty(int slot) {
        return highs[slot] == EMPTY && lows[slot] == EMPTY;
    }

    private static int hash(long high, long low) {
        long mixed = (high ^ Long.rotateLeft(low, 29)) * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32);
    }

    /** An id as 128 bits. */
    record Key(long high, long low) {

        /** Stands in for the all-zero key, which marks empty slots. */
        static final Key ZERO_STAND_IN = new Key(0x5A5A5A5A5A5A5A5AL, 0x5A5A5A5A5A5A5A5AL);

        /**
         * The last 32 characters read as hex, mixed with a hash of any prefix (so {@code rejected:abc…} and
         * {@code abc…} differ); an id of another shape is hashed whole into 128 bits.
         */
        static Key of(String id) {
            int digits = id.length() - HEX_DIGITS;
            Key key = digits >= 0 && isHex(id, digits)
                    ? new Key(hex(id, digits) ^ prefixHash(id, digits), hex(id, digits + 16))
                    : hashed(id);
            return key.high == 0 && key.low == 0 ? ZERO_STAND_IN : key;
        }

        private static boolean isHex(String id, int from) {
            for (int i = from; i < id.length(); i++) {
                if (hexValue(id.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }

        private static long hex(String id, int from) {
            long value = 0;
            for (int i = from; i < from + 16; i++) {
                value = value << 4 | hexValue(id.charAt(i));
            }
            return value;
        }

        /** Lower-case ASCII hex only, as {@code HexFormat} writes it: any other form is hashed, never confused. */
        private static int hexValue(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        }

        private static long prefixHash(String id, int length) {
            return length == 0 ? 0 : fnv(id.substring(0, length).getBytes(StandardCharsets.UTF_8), 0xCBF29CE484222325L);
        }

        private static Key hashed(String id) {
            byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
            return new Key(fnv(bytes, 0xCBF29CE484222325L), fnv(bytes, 0x84222325CBF29CE4L) ^ Arrays.hashCode(bytes));
        }

        /** FNV-1a, 64 bits. */
        private static long fnv(byte[] bytes, long seed) {
            long hash = seed;
            for (byte b : bytes) {
                hash = (hash ^ (b & 0xFF)) * 0x100000001B3L;
            }
            return hash;
        }
    }
}
