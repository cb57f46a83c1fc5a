package io.newsflow.sink;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.schemas.config.ClientSettings;
import io.newsflow.schemas.config.KafkaConnectionCheck;
import io.newsflow.schemas.ops.Health;
import io.newsflow.schemas.ops.ServiceMetrics;
import io.newsflow.schemas.ops.StreamsLifecycle;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.sink.config.SinkConfig;
import io.newsflow.sink.http.DashboardQueries;
import io.newsflow.sink.http.DashboardServer;
import io.newsflow.sink.topology.SinkTopology;
import io.newsflow.sink.watch.WatchList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink service: the topology of {@link SinkTopology} in a running {@link KafkaStreams}, the topics only it
 * writes (its dead-letter topic, the JSON mirrors when asked) created at start, its state reported, the
 * thread-death policy of {@link SinkConfig#onThreadDeath()}, and the dashboard when a port is configured.
 */
public final class SinkService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

    private final KafkaStreams streams;
    private final NewsSerdes serdes;
    private final PrometheusMeterRegistry metrics = ServiceMetrics.create("sink");
    private final StreamsLifecycle lifecycle;
    private DashboardServer dashboard;

    private SinkService(SinkConfig config, WatchList watchList) {
        this.serdes = NewsSerdes.create(ClientSettings.onTop(config.registryClient(),
                Map.of(RegistryConfig.URL, config.schemaRegistryUrl())));
        // the schemas it writes are looked up now: once started, the sink needs the registry only for new writers' schemas
        TopicCatalog topics = new TopicCatalog(serdes);
        List.of(topics.entities(), topics.locations(), topics.trendsEntities(), topics.toneByCountry(), topics.alerts())
                .forEach(Topic::prepareValueSchema);
        this.streams = new KafkaStreams(SinkTopology.build(SinkTopology.Settings.of(config, watchList), serdes,
                java.time.Clock.systemUTC()), SinkTopology.streamsConfig(config));
        this.lifecycle = new StreamsLifecycle("Sink", streams, metrics, SinkConfig.REPLACE.equals(config.onThreadDeath()),
                SinkConfig.ON_THREAD_DEATH.name());
    }

    /** Checks first that Kafka accepts the client settings ({@link KafkaConnectionCheck}), then starts the streams. */
    public static SinkService start(SinkConfig config) {
        WatchList watchList = config.watchList().map(file -> WatchList.load(file, config.alertMaxScore())).orElse(WatchList.empty());
        KafkaConnectionCheck.verify(config.bootstrapServers(), config.kafkaClient());
        createOwnTopics(config);
        SinkService service = new SinkService(config, watchList);
        service.lifecycle.start();
        if (config.httpPort() >= 0) {
            try {
                service.dashboard = DashboardServer.start(config.httpHost(), config.httpPort(),
                        new DashboardQueries(service.streams, config.topN()), service.metrics, service::health);
            } catch (IOException e) {
                service.close();
                throw new UncheckedIOException("Cannot serve the dashboard on " + config.httpHost() + ":" + config.httpPort()
                        + " (" + SinkConfig.HTTP_PORT.name() + "): " + e.getMessage(), e);
            }
        }
        LOG.info("Sink started: application.id={} window={} grace={} top={} rules={} json mirrors={}", config.applicationId(),
                config.window(), config.grace(), config.topN(), watchList.rules().size(), config.jsonMirrors());
        return service;
    }

    /** The dead-letter topic and, with mirrors on, the .json topics: the catalog's partitions, created if missing. */
    private static void createOwnTopics(SinkConfig config) {
        List<NewTopic> topics = new ArrayList<>();
        topics.add(new NewTopic(SinkTopology.DEAD_LETTER_TOPIC, Optional.of(1), Optional.empty())
                .configs(Map.of("retention.ms", String.valueOf(Duration.ofDays(30).toMillis()))));
        if (config.jsonMirrors()) {
            for (String mirror : SinkTopology.mirrorTopics()) {
                int partitions = TopicCatalog.definition(mirror.substring(0, mirror.length() - SinkTopology.JSON_SUFFIX.length()))
                        .partitions();
                topics.add(new NewTopic(mirror, Optional.of(partitions), Optional.empty()));
            }
        }
        try (Admin admin = Admin.create(ClientSettings.onTop(config.kafkaClient(), Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000)))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                LOG.info("Created {}", missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create the sink's topics on " + config.bootstrapServers() + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + config.bootstrapServers() + " did not answer within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the sink's topics", e);
        }
    }

    public KafkaStreams.State state() {
        return lifecycle.state();
    }

    /** CREATED, REBALANCING and RUNNING are healthy; PENDING_ERROR, ERROR and the shutdown states are not. */
    public boolean healthy() {
        return lifecycle.healthy();
    }

    /** Live unless the streams failed for good; ready when RUNNING. */
    public Health health() {
        return lifecycle.health();
    }

    /** The dashboard's port, when it runs. */
    public Optional<Integer> dashboardPort() {
        return Optional.ofNullable(dashboard).map(DashboardServer::port);
    }

    /** Blocks until the streams stop (closed, or an error the policy does not survive); the process exit code. */
    public int awaitStop() throws InterruptedException {
        return lifecycle.awaitStop();
    }

    @Override
    public void close() {
        if (dashboard != null) {
            dashboard.close();
        }
        lifecycle.close();
        serdes.close();
    }
}
