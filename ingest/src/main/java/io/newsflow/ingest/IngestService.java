package io.newsflow.ingest;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.dedup.SeenIds;
import io.newsflow.ingest.pipeline.KafkaIngestion;
import io.newsflow.ingest.reader.ArticleNormalizer;
import io.newsflow.ingest.reader.Readers;
import io.newsflow.schemas.config.ClientSettings;
import io.newsflow.schemas.config.KafkaConnectionCheck;
import io.newsflow.schemas.ops.Health;
import io.newsflow.schemas.ops.ServiceMetrics;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ingest wired from its configuration: serdes, topics checked, seen-set loaded, transactional producer ready. */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final NewsSerdes serdes;
    private final SeenIds seen;
    private final KafkaIngestion ingestion;
    private final Readers readers;
    private final PrometheusMeterRegistry metrics = ServiceMetrics.create("ingest");
    private final KafkaClientMetrics producerMetrics;

    private IngestService(NewsSerdes serdes, SeenIds seen, KafkaIngestion ingestion, Readers readers) {
        this.serdes = serdes;
        this.seen = seen;
        this.ingestion = ingestion;
        this.readers = readers;
        this.producerMetrics = ingestion.bindMetrics(metrics);
    }

    /** The service's metrics: the producer's, the counts by outcome, the JVM's. */
    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /** Live while the process runs; ready unless the last transaction failed (its reason in the details). */
    public Health health() {
        return ingestion.lastFailure().map(reason -> new Health(true, false, Map.of("producer", reason)))
                .orElseGet(() -> new Health(true, true, Map.of("producer", "ok")));
    }

    /** Checks first that Kafka accepts the client settings ({@link KafkaConnectionCheck}), then wires everything. */
    public static IngestService start(IngestConfig config, Clock clock) {
        KafkaConnectionCheck.verify(config.bootstrapServers(), config.kafkaClient());
        NewsSerdes serdes = NewsSerdes.create(ClientSettings.onTop(config.registryClient(),
                Map.of(RegistryConfig.URL, config.schemaRegistryUrl())));
        TopicCatalog topics = new TopicCatalog(serdes);
        List<Topic<String, ?>> written = List.of(topics.articlesRaw(), topics.articlesRejected(), topics.ingestSeen());
        requireTopics(config, written);
        // the schemas it writes are looked up now: once started, ingest needs the registry no more
        written.forEach(Topic::prepareValueSchema);
        SeenIds seen = SeenIds.load(config.bootstrapServers(), config.kafkaClient(), topics.ingestSeen(), config.dedupCapacity());
        KafkaIngestion ingestion = new KafkaIngestion(config.bootstrapServers(), config.kafkaClient(),
                config.transactionalIdPrefix(), topics, seen, new ArticleNormalizer(config.maxBodyChars()), clock,
                config.batchArticles());
        LOG.info("Ingest ready: bootstrap={} registry={} known ids={}", config.bootstrapServers(),
                config.schemaRegistryUrl(), seen.size());
        return new IngestService(serdes, seen, ingestion, new Readers(clock));
    }

    public KafkaIngestion ingestion() {
        return ingestion;
    }

    public Readers readers() {
        return readers;
    }

    private static void requireTopics(IngestConfig config, List<Topic<String, ?>> topics) {
        String bootstrapServers = config.bootstrapServers();
        try (Admin admin = Admin.create(ClientSettings.onTop(config.kafkaClient(), Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000)))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> missing = topics.stream().map(Topic::name).filter(name -> !existing.contains(name)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Topics " + missing + " do not exist on " + bootstrapServers
                        + ": create them with ./newsflow topics --create");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking topics", e);
        }
    }

    @Override
    public void close() {
        producerMetrics.close();
        ingestion.close();
        seen.close();
        serdes.close();
    }
}
