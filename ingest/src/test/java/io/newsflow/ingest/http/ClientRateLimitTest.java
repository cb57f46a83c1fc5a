package io.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void shouldLetEachClientBurstTwiceTheRateThenRefillAtTheRate() {
        ClientRateLimit limit = new ClientRateLimit(5, now::get);

        for (int i = 0; i < 10; i++) {
            assertThat(limit.tryAcquire("10.0.0.1")).as("request %d of the burst", i + 1).isTrue();
        }
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).as("another client has its own bucket").isTrue();

        now.addAndGet(200_000_000L); // 0.2 s: one token at 5 a second
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void shouldLetEverythingThroughWhenOff() {
        ClientRateLimit off = new ClientRateLimit(0, now::get);

        for (int i = 0; i < 1_000; i++) {
            assertThat(off.tryAcquire("10.0.0.1")).isTrue();
        }
    }

    @Test
    void shouldKeepBucketsOfAtMostTheMostRecentClients() {
        ClientRateLimit limit = new ClientRateLimit(1, now::get);
        limit.tryAcquire("first");
        limit.tryAcquire("first");
        assertThat(limit.tryAcquire("first")).isFalse();

        for (int i = 0; i < ClientRateLimit.MAX_CLIENTS; i++) {
            limit.tryAcquire("client-" + i);
        }

        assertThat(limit.tryAcquire("first")).as("evicted, so it starts again with a full bucket").isTrue();
    }
}
