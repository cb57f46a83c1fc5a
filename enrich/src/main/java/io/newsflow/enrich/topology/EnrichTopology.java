package io.newsflow.enrich.topology;

import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.enrich.engine.ArticleEnricher;
import io.newsflow.enrich.engine.NlpEnricher;
import io.newsflow.enrich.engine.PassThroughEnricher;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * {@code news.articles.raw} → enricher → {@code news.articles.enriched}, keyed by article id; every record that
 * cannot be decoded or enriched → {@code news.enrich.dlq} as a {@code Rejected} envelope with its original bytes.
 */
public final class EnrichTopology {

    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

    private EnrichTopology() {
    }

    /** The service's topology: the engine the config names (its models load on first use, not here). */
    public static Topology build(EnrichConfig config, NewsSerdes serdes) {
        return build(config, serdes, EnrichMetrics.unobserved());
    }

    public static Topology build(EnrichConfig config, NewsSerdes serdes, EnrichMetrics metrics) {
        Clock clock = Clock.systemUTC();
        ArticleEnricher enricher = EnrichConfig.ENGINE_PASS_THROUGH.equals(config.engine())
                ? new PassThroughEnricher(clock) : NlpEnricher.shared(clock);
        return build(serdes, enricher, clock, metrics);
    }

    public static Topology build(NewsSerdes serdes, ArticleEnricher enricher, Clock clock) {
        return build(serdes, enricher, clock, EnrichMetrics.unobserved());
    }

    /** A pure function of its arguments: no I/O until the topology runs. */
    public static Topology build(NewsSerdes serdes, ArticleEnricher enricher, Clock clock, EnrichMetrics metrics) {
        ArticleEnricher timed = metrics.timed(enricher);
        TopicCatalog topics = new TopicCatalog(serdes);
        Topic<String, Article> raw = topics.articlesRaw();
        Topic<String, EnrichedArticle> enriched = topics.articlesEnriched();
        Topic<String, Rejected> deadLetters = topics.enrichDlq();
        Deserializer<Article> articles = raw.valueSerde().deserializer();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(raw.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-articles"))
                .process(() -> new EnrichProcessor(articles, timed, clock), Named.as("enrich"))
                .split(Named.as("outcome-"))
                .branch((id, outcome) -> outcome.isEnriched(), Branched.<String, EnrichOutcome>withConsumer(ok -> ok
                        .mapValues(EnrichOutcome::enriched, Named.as("enriched-value"))
                        .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName("enriched-articles")))
                        .withName("enriched"))
                .defaultBranch(Branched.<String, EnrichOutcome>withConsumer(failed -> failed
                        .peek((key, outcome) -> metrics.deadLetter(), Named.as("count-dead-letter"))
                        .mapValues(EnrichOutcome::rejected, Named.as("dead-letter-value"))
                        .to(deadLetters.name(), Produced.with(deadLetters.keySerde(), deadLetters.valueSerde()).withName("dead-letters")))
                        .withName("dead-letter"));
        return builder.build();
    }

    /**
     * The service's Streams settings. Besides {@link #streamsConfig(String, String, Path)}: the configured
     * guarantee, threads and commit interval; lz4 for KB-sized records (no linger: under exactly-once the
     * commit interval already batches, and a linger would add to every record's latency); at most 100 records
     * a poll, since each takes milliseconds of NLP and a poll must come back within max.poll.interval.ms. All on
     * top of the service's Kafka client settings (security, SASL, TLS…), which Streams passes to all its clients.
     */
    public static Properties streamsConfig(EnrichConfig config) {
        Properties props = new Properties();
        props.putAll(config.kafkaClient());
        props.putAll(streamsConfig(config.applicationId(), config.bootstrapServers(), config.stateDir().toAbsolutePath()));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.processingGuarantee());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitIntervalMs());
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 100);
        return props;
    }

    /**
     * Streams settings: exactly-once (v2) so a restart neither loses nor duplicates enriched records;
     * a 100 ms commit interval (the EOS default) keeps end-to-end latency low.
     */
    public static Properties streamsConfig(String applicationId, String bootstrapServers, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        // opt in now to what becomes the default in Kafka 5.0 (and silences the start-up warning)
        props.put("processing.exception.handler.global.enabled", true);
        return props;
    }
}
