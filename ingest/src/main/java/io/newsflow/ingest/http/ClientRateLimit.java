package io.newsflow.ingest.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Requests a second per client address, as token buckets: each client may burst up to twice the rate, then gets
 * tokens back at the rate. The buckets of the most recent clients are kept (at most {@value #MAX_CLIENTS}; an
 * evicted client starts again with a full bucket), so memory stays bounded whatever the number of addresses.
 */
final class ClientRateLimit {

    static final int MAX_CLIENTS = 10_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    /** @param perSecond requests a second per client; 0 lets everything through */
    ClientRateLimit(int perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = 2.0 * perSecond;
        this.nanoTime = nanoTime;
    }

    int perSecond() {
        return (int) perSecond;
    }

    boolean enabled() {
        return perSecond > 0;
    }

    /** Takes one request's token from the client's bucket; false when it is empty. */
    synchronized boolean tryAcquire(String client) {
        if (!enabled()) {
            return true;
        }
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.refilledAt) * perSecond / NANOS_PER_SECOND);
        bucket.refilledAt = now;
        if (bucket.tokens < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }
}
