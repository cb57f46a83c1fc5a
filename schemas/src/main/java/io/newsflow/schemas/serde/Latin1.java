package io.newsflow.schemas.serde;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Fast paths for text whose characters all lie in Latin-1 (U+0000–U+00FF), which is most news text in Western
 * languages: the JVM stores such a string as one byte a character, so its bytes come out with one array copy,
 * and eight of them can be checked at once as a {@code long}. Used where a long text is scanned or encoded on
 * every record (body normalisation, Avro string encoding); a profile of ingest put the JDK's general
 * character-by-character loops for those at a third of the cost of preparing an article.
 */
public final class Latin1 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUESTION_MARKS = ONES * '?';

    private Latin1() {
    }

    /**
     * The text's characters as bytes, one each, or null when a character lies outside Latin-1. (The encoder
     * writes {@code ?} for such a character; every {@code ?} in the result is therefore checked against the text.)
     */
    public static byte[] bytesOrNull(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            if (hasZeroByte(word(bytes, i) ^ QUESTION_MARKS) && !questionMarksAreReal(text, bytes, i, i + 8)) {
                return null;
            }
        }
        return questionMarksAreReal(text, bytes, i, bytes.length) ? bytes : null;
    }

    private static boolean questionMarksAreReal(String text, byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '?' && text.charAt(i) != '?') {
                return false;
            }
        }
        return true;
    }

    /** Latin-1 bytes as UTF-8: the same array when they are all ASCII, else a new one with each high byte as two. */
    public static byte[] toUtf8(byte[] latin1) {
        int high = countHighBytes(latin1);
        if (high == 0) {
            return latin1;
        }
        byte[] utf8 = new byte[latin1.length + high];
        int out = 0;
        int i = 0;
        for (; i + 8 <= latin1.length; i += 8) {
            long word = word(latin1, i);
            if ((word & HIGH_BITS) == 0) {
                LONGS.set(utf8, out, word);
                out += 8;
            } else {
                out = expand(latin1, i, i + 8, utf8, out);
            }
        }
        expand(latin1, i, latin1.length, utf8, out);
        return utf8;
    }

    private static int expand(byte[] latin1, int from, int to, byte[] utf8, int out) {
        for (int i = from; i < to; i++) {
            int c = latin1[i] & 0xFF;
            if (c < 0x80) {
                utf8[out++] = (byte) c;
            } else {
                utf8[out++] = (byte) (0xC0 | c >>> 6);
                utf8[out++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return out;
    }

    private static int countHighBytes(byte[] bytes) {
        int count = 0;
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            count += Long.bitCount(word(bytes, i) & HIGH_BITS);
        }
        for (; i < bytes.length; i++) {
            count += bytes[i] >>> 31 & 1;
        }
        return count;
    }

    /**
     * The index of the first {@code value} in {@code bytes[from, to)}, or {@code to} when there is none; eight
     * bytes a step (splitting JSON lines into records scans every byte of the input).
     */
    public static int indexOf(byte[] bytes, int from, int to, byte value) {
        long pattern = ONES * (value & 0xFF);
        int i = from;
        while (i + 8 <= to && !hasZeroByte(word(bytes, i) ^ pattern)) {
            i += 8;
        }
        for (; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return to;
    }

    /** The eight bytes from {@code index}, the first in the lowest bits. */
    public static long word(byte[] bytes, int index) {
        return (long) LONGS.get(bytes, index);
    }

    /** Whether any of the eight bytes is zero (exact: the borrow trick only errs above a real zero byte). */
    public static boolean hasZeroByte(long word) {
        return ((word - ONES) & ~word & HIGH_BITS) != 0;
    }
}
