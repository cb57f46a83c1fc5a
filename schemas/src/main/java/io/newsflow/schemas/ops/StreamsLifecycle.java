package io.newsflow.schemas.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every Kafka Streams service does around its topology: logs each state change, binds the Streams and
 * client metrics, applies the stream-thread-death policy (replace the thread, or stop with exit code 1 so the
 * operator's restart policy acts), reports health, and closes cleanly.
 */
public final class StreamsLifecycle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsLifecycle.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger exitCode = new AtomicInteger();

    /**
     * @param name        how logs name the service ("Enrich state RUNNING -> …")
     * @param policyKey   the setting that chose the policy, named in the log when a thread dies
     */
    public StreamsLifecycle(String name, KafkaStreams streams, MeterRegistry metrics, boolean replaceDeadThreads, String policyKey) {
        this.name = name;
        this.streams = streams;
        // consumer lag (records-lag-max), commit and process rates, dropped records, producer and state stores
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics);
        streams.setStateListener(this::onStateChange);
        streams.setUncaughtExceptionHandler(e -> onThreadDeath(e, replaceDeadThreads, policyKey));
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Live unless the streams failed for good; ready when RUNNING. */
    public Health health() {
        KafkaStreams.State state = state();
        boolean live = state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR
                && state != KafkaStreams.State.NOT_RUNNING;
        return new Health(live, state == KafkaStreams.State.RUNNING, Map.of("state", state.toString()));
    }

    /** CREATED, REBALANCING and RUNNING are healthy; PENDING_ERROR, ERROR and the shutdown states are not. */
    public boolean healthy() {
        KafkaStreams.State state = state();
        return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING || state == KafkaStreams.State.CREATED;
    }

    /** Blocks until the streams stop (closed, or an error the policy does not survive); the process exit code. */
    public int awaitStop() throws InterruptedException {
        stopped.await();
        return exitCode.get();
    }

    private void onStateChange(KafkaStreams.State now, KafkaStreams.State before) {
        LOG.info("{} state {} -> {}", name, before, now);
        if (now == KafkaStreams.State.ERROR) {
            exitCode.compareAndSet(0, 1);
        }
        if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
            stopped.countDown();
        }
    }

    private StreamThreadExceptionResponse onThreadDeath(Throwable e, boolean replace, String policyKey) {
        if (replace) {
            LOG.error("A stream thread died; replacing it ({}=replace)", policyKey, e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.error("A stream thread died; stopping with exit code 1 so the restart policy acts ({}=exit)", policyKey, e);
        exitCode.set(1);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    /** Closes the streams cleanly: in-flight work commits or aborts, the group is left. */
    @Override
    public void close() {
        streams.close(CLOSE_TIMEOUT);
        streamsMetrics.close();
        stopped.countDown();
    }
}
