package io.newsflow.enrich;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.enrich.topology.EnrichMetrics;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.schemas.config.ClientSettings;
import io.newsflow.schemas.config.KafkaConnectionCheck;
import io.newsflow.schemas.ops.Health;
import io.newsflow.schemas.ops.OpsServer;
import io.newsflow.schemas.ops.ServiceMetrics;
import io.newsflow.schemas.ops.StreamsLifecycle;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.schemas.serde.NewsSerdes;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: the topology of {@link EnrichTopology} in a running {@link KafkaStreams}, its state
 * reported (RUNNING, REBALANCING, ERROR…), and the thread-death policy of {@link EnrichConfig#onThreadDeath()}.
 */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final NewsSerdes serdes;
    private final PrometheusMeterRegistry metrics = ServiceMetrics.create("enrich");
    private final StreamsLifecycle lifecycle;
    private OpsServer ops;

    private EnrichService(EnrichConfig config) {
        this.serdes = NewsSerdes.create(ClientSettings.onTop(config.registryClient(),
                Map.of(RegistryConfig.URL, config.schemaRegistryUrl())));
        // the schemas it writes are looked up now: once started, enrich needs the registry only for new writers' schemas
        TopicCatalog topics = new TopicCatalog(serdes);
        topics.articlesEnriched().prepareValueSchema();
        topics.enrichDlq().prepareValueSchema();
        KafkaStreams streams = new KafkaStreams(EnrichTopology.build(config, serdes, new EnrichMetrics(metrics)),
                EnrichTopology.streamsConfig(config));
        this.lifecycle = new StreamsLifecycle("Enrich", streams, metrics, EnrichConfig.REPLACE.equals(config.onThreadDeath()),
                EnrichConfig.ON_THREAD_DEATH.name());
    }

    /** Checks first that Kafka accepts the client settings ({@link KafkaConnectionCheck}), then starts the streams. */
    public static EnrichService start(EnrichConfig config) {
        KafkaConnectionCheck.verify(config.bootstrapServers(), config.kafkaClient());
        EnrichService service = new EnrichService(config);
        service.lifecycle.start();
        if (config.httpPort() >= 0) {
            service.ops = OpsServer.start(config.httpHost(), config.httpPort(), service.metrics, service::health);
        }
        LOG.info("Enrich started: application.id={} threads={} guarantee={} engine={}", config.applicationId(),
                config.threads(), config.processingGuarantee(), config.engine());
        return service;
    }

    public KafkaStreams.State state() {
        return lifecycle.state();
    }

    /** Live unless the streams failed for good; ready when RUNNING. */
    public Health health() {
        return lifecycle.health();
    }

    /** The port of /health and /metrics, when served. */
    public Optional<Integer> opsPort() {
        return Optional.ofNullable(ops).map(OpsServer::port);
    }

    /** CREATED, REBALANCING and RUNNING are healthy; PENDING_ERROR, ERROR and the shutdown states are not. */
    public boolean healthy() {
        return lifecycle.healthy();
    }

    /** Blocks until the streams stop (closed, or an error the policy does not survive); the process exit code. */
    public int awaitStop() throws InterruptedException {
        return lifecycle.awaitStop();
    }

    /** Closes the streams cleanly: in-flight work commits or aborts, the group is left. */
    @Override
    public void close() {
        if (ops != null) {
            ops.close();
        }
        lifecycle.close();
        serdes.close();
    }
}
