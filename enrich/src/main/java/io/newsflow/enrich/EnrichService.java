package io.newsflow.enrich;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.enrich.topology.EnrichMetrics;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.schemas.ops.Health;
import io.newsflow.schemas.ops.OpsServer;
import io.newsflow.schemas.ops.ServiceMetrics;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: the topology of {@link EnrichTopology} in a running {@link KafkaStreams}, its state
 * reported (RUNNING, REBALANCING, ERROR…), and the thread-death policy of {@link EnrichConfig#onThreadDeath()}.
 */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final NewsSerdes serdes;
    private final PrometheusMeterRegistry metrics = ServiceMetrics.create("enrich");
    private final KafkaStreamsMetrics streamsMetrics;
    private OpsServer ops;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger exitCode = new AtomicInteger();

    private EnrichService(EnrichConfig config) {
        this.serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, config.schemaRegistryUrl()));
        this.streams = new KafkaStreams(EnrichTopology.build(config, serdes, new EnrichMetrics(metrics)),
                EnrichTopology.streamsConfig(config));
        // consumer lag (records-lag-max), commit and process rates, producer and state-store metrics
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics);
        streams.setStateListener((now, before) -> onStateChange(now, before));
        streams.setUncaughtExceptionHandler(e -> onThreadDeath(config, e));
    }

    public static EnrichService start(EnrichConfig config) {
        EnrichService service = new EnrichService(config);
        service.streams.start();
        if (config.httpPort() >= 0) {
            service.ops = OpsServer.start(config.httpHost(), config.httpPort(), service.metrics, service::health);
        }
        LOG.info("Enrich started: application.id={} threads={} guarantee={} engine={}", config.applicationId(),
                config.threads(), config.processingGuarantee(), config.engine());
        return service;
    }

    /** RUNNING and REBALANCING are healthy; PENDING_ERROR, ERROR and the shutdown states are not. */
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

    /** The port of /health and /metrics, when served. */
    public java.util.Optional<Integer> opsPort() {
        return java.util.Optional.ofNullable(ops).map(OpsServer::port);
    }

    public boolean healthy() {
        return state() == KafkaStreams.State.RUNNING || state() == KafkaStreams.State.REBALANCING
                || state() == KafkaStreams.State.CREATED;
    }

    /** Blocks until the streams stop (closed, or an error the policy does not survive); the process exit code. */
    public int awaitStop() throws InterruptedException {
        stopped.await();
        return exitCode.get();
    }

    private void onStateChange(KafkaStreams.State now, KafkaStreams.State before) {
        LOG.info("Enrich state {} -> {}", before, now);
        if (now == KafkaStreams.State.ERROR) {
            exitCode.compareAndSet(0, 1);
        }
        if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
            stopped.countDown();
        }
    }

    private StreamThreadExceptionResponse onThreadDeath(EnrichConfig config, Throwable e) {
        if (EnrichConfig.REPLACE.equals(config.onThreadDeath())) {
            LOG.error("A stream thread died; replacing it ({}=replace)", EnrichConfig.ON_THREAD_DEATH.name(), e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.error("A stream thread died; stopping with exit code 1 so the restart policy acts ({}=exit)",
                EnrichConfig.ON_THREAD_DEATH.name(), e);
        exitCode.set(1);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    /** Closes the streams cleanly: in-flight work commits or aborts, the group is left. */
    @Override
    public void close() {
        if (ops != null) {
            ops.close();
        }
        streams.close(CLOSE_TIMEOUT);
        streamsMetrics.close();
        serdes.close();
        stopped.countDown();
    }
}
