package io.newsflow.sink.topology;

import io.newsflow.schemas.avro.CountryTone;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.sink.config.SinkConfig;
import io.newsflow.sink.json.JsonMirrorSerde;
import io.newsflow.sink.watch.WatchList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * {@code news.articles.enriched} → the dashboard topics: one record per (article, entity) in
 * {@code news.entities}, per (article, place) in {@code news.locations}, final per-window entity counts with the
 * top N ranked in {@code news.trends.entities}, per-window tone by country in {@code news.tone.by-country}, and
 * watch-list alerts in {@code news.alerts}; with {@code sink.json.mirrors}, each also as plain JSON in
 * {@code <topic>.json}. Event time is the publication time (ingest time when none); windows are tumbling, and
 * close — emitting final counts once — when stream time passes their end plus the grace period. The counting
 * runs on one partition (a repartition topic of one): all entities of a window must meet to be ranked, and one
 * stream time for every key means each window closes as soon as any later article arrives.
 */
public final class SinkTopology {

    public static final String ENTITY_COUNTS = "entity-counts";
    public static final String COUNTRY_TONE = "country-tone";
    public static final String JSON_SUFFIX = ".json";

    private SinkTopology() {
    }

    /** What the topology needs besides serdes; {@link #of(SinkConfig, WatchList)} from the service's config. */
    public record Settings(Duration window, Duration grace, int topN, WatchList watchList, boolean jsonMirrors,
            int latestArticles) {

        public static Settings of(SinkConfig config, WatchList watchList) {
            return new Settings(config.window(), config.grace(), config.topN(), watchList, config.jsonMirrors(),
                    config.latestArticles());
        }
    }

    public static Topology build(SinkConfig config, NewsSerdes serdes) {
        WatchList watchList = config.watchList().map(file -> WatchList.load(file, config.alertMaxScore())).orElse(WatchList.empty());
        return build(Settings.of(config, watchList), serdes, Clock.systemUTC());
    }

    /** A pure function of its arguments: no I/O until the topology runs. */
    public static Topology build(Settings settings, NewsSerdes serdes, Clock clock) {
        TopicCatalog topics = new TopicCatalog(serdes);
        StreamsBuilder builder = new StreamsBuilder();
        Topic<String, EnrichedArticle> enrichedTopic = topics.articlesEnriched();
        KStream<String, EnrichedArticle> enriched = builder.stream(enrichedTopic.name(),
                Consumed.with(enrichedTopic.keySerde(), enrichedTopic.valueSerde())
                        .withTimestampExtractor(new EventTime()).withName("enriched-articles"))
                .filter((id, article) -> article != null, Named.as("skip-tombstones"));

        publish(enriched.flatMap((id, article) -> ArticleViews.entities(article), Named.as("per-entity")),
                topics.entities(), settings, "entities");
        publish(enriched.flatMap((id, article) -> ArticleViews.locations(article), Named.as("per-place")),
                topics.locations(), settings, "locations");
        publish(trends(builder, enriched, topics.trendsEntities(), settings), topics.trendsEntities(), settings, "trends");
        publish(toneByCountry(enriched, topics.toneByCountry(), settings), topics.toneByCountry(), settings, "tone");
        publish(enriched.flatMap((id, article) -> settings.watchList().alerts(article, clock.instant()).stream()
                        .map(alert -> KeyValue.pair(id, alert)).toList(), Named.as("watch-list")),
                topics.alerts(), settings, "alerts");
        latestArticles(builder, enriched, enrichedTopic, settings);
        return builder.build();
    }

    private static KStream<String, EntityTrend> trends(StreamsBuilder builder, KStream<String, EnrichedArticle> enriched,
            Topic<String, EntityTrend> out, Settings settings) {
        // the ranking's store: the counts of closed windows between their arrival and their ranking
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(RankWindows.STORE),
                out.keySerde(), out.valueSerde()));
        return enriched.flatMap((id, article) -> ArticleViews.trendUnits(article), Named.as("trend-units"))
                .repartition(Repartitioned.<String, EntityTrend>as("trend-units")
                        .withKeySerde(out.keySerde()).withValueSerde(out.valueSerde()).withNumberOfPartitions(1))
                .groupByKey(Grouped.with("trend-units-by-entity", out.keySerde(), out.valueSerde()))
                .windowedBy(windows(settings))
                .aggregate(() -> new EntityTrend(Instant.EPOCH, Instant.EPOCH, "", io.newsflow.schemas.avro.EntityType.OTHER, 0L, null),
                        (entity, unit, total) -> new EntityTrend(Instant.EPOCH, Instant.EPOCH, unit.getEntity(), unit.getType(),
                                total.getArticles() + unit.getArticles(), null),
                        Named.as("count-articles"),
                        Materialized.<String, EntityTrend, WindowStore<Bytes, byte[]>>as(ENTITY_COUNTS)
                                .withKeySerde(out.keySerde()).withValueSerde(out.valueSerde())
                                .withRetention(retention(settings)))
                .suppress(Suppressed.<Windowed<String>>untilWindowCloses(Suppressed.BufferConfig.unbounded())
                        .withName("final-entity-counts"))
                .toStream(Named.as("closed-entity-windows"))
                .process(() -> new RankWindows(settings.topN()), Named.as("rank"), RankWindows.STORE);
    }

    private static KStream<String, CountryTone> toneByCountry(KStream<String, EnrichedArticle> enriched,
            Topic<String, CountryTone> out, Settings settings) {
        return enriched.flatMap((id, article) -> ArticleViews.countries(article), Named.as("country-units"))
                .repartition(Repartitioned.<String, CountryTone>as("country-units")
                        .withKeySerde(out.keySerde()).withValueSerde(out.valueSerde()).withNumberOfPartitions(1))
                .groupByKey(Grouped.with("country-units-by-country", out.keySerde(), out.valueSerde()))
                .windowedBy(windows(settings))
                .aggregate(() -> new CountryTone(Instant.EPOCH, Instant.EPOCH, "", 0L, 0.0, 0.0),
                        (country, unit, total) -> merge(country, total, unit),
                        Named.as("average-tone"),
                        Materialized.<String, CountryTone, WindowStore<Bytes, byte[]>>as(COUNTRY_TONE)
                                .withKeySerde(out.keySerde()).withValueSerde(out.valueSerde())
                                .withRetention(retention(settings)))
                .suppress(Suppressed.<Windowed<String>>untilWindowCloses(Suppressed.BufferConfig.unbounded())
                        .withName("final-country-tone"))
                .toStream(Named.as("closed-country-windows"))
                .map((window, tone) -> KeyValue.pair(window.key(), CountryTone.newBuilder(tone)
                        .setWindowStart(window.window().startTime()).setWindowEnd(window.window().endTime()).build()),
                        Named.as("with-window"));
    }

    /** Running means: the total's mean weighted by its count, and the unit's by its own. */
    static CountryTone merge(String country, CountryTone total, CountryTone unit) {
        long articles = total.getArticles() + unit.getArticles();
        double tone = (total.getMeanTone() * total.getArticles() + unit.getMeanTone() * unit.getArticles()) / articles;
        double score = (total.getMeanScore() * total.getArticles() + unit.getMeanScore() * unit.getArticles()) / articles;
        return new CountryTone(Instant.EPOCH, Instant.EPOCH, country, articles, tone, score);
    }

    private static TimeWindows windows(Settings settings) {
        return TimeWindows.ofSizeAndGrace(settings.window(), settings.grace());
    }

    /** Counts stay queryable for two windows past their close, so the dashboard can show the last closed one. */
    private static Duration retention(Settings settings) {
        return settings.window().multipliedBy(3).plus(settings.grace());
    }

    private static void latestArticles(StreamsBuilder builder, KStream<String, EnrichedArticle> enriched,
            Topic<String, EnrichedArticle> topic, Settings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(LatestArticles.STORE),
                Serdes.String(), topic.valueSerde()));
        enriched.process(() -> new LatestArticles(settings.latestArticles()), Named.as("keep-latest"), LatestArticles.STORE);
    }

    private static <V extends SpecificRecord> void publish(KStream<String, V> stream, Topic<String, V> topic,
            Settings settings, String name) {
        stream.to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName(name));
        if (settings.jsonMirrors()) {
            stream.to(topic.name() + JSON_SUFFIX, Produced.with(Serdes.String(), new JsonMirrorSerde<V>()).withName(name + "-json"));
        }
    }

    /** The JSON mirror topics of the outputs, created with their Avro topic's partitions when mirrors are on. */
    public static List<String> mirrorTopics() {
        return List.of(TopicCatalog.ENTITIES, TopicCatalog.LOCATIONS, TopicCatalog.TRENDS_ENTITIES,
                TopicCatalog.TONE_BY_COUNTRY, TopicCatalog.ALERTS).stream().map(name -> name + JSON_SUFFIX).toList();
    }

    /**
     * The service's Streams settings: exactly-once (or at-least-once), threads, commit interval, state directory;
     * records that cannot be read or processed are logged and sent to {@code news.sink.dlq} by Kafka Streams'
     * own dead-letter queue (KIP-1034: original key and value, the error in headers) and the stream goes on, and so
     * are output records Kafka refuses for what they are ({@link RecordLevelProductionErrors}) — except when the
     * schema registry is unreachable, which is no record's fault ({@link RegistryOutages}).
     */
    public static Properties streamsConfig(SinkConfig config) {
        Properties props = new Properties();
        // the service's Kafka client settings (security, SASL, TLS…) first, for all of Streams' clients; its own on top
        props.putAll(config.kafkaClient());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.processingGuarantee());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitIntervalMs());
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, RegistryOutages.Deserialization.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, RegistryOutages.Processing.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, RecordLevelProductionErrors.class);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DEAD_LETTER_TOPIC);
        props.put("processing.exception.handler.global.enabled", true);
        return props;
    }

    public static final String DEAD_LETTER_TOPIC = "news.sink.dlq";
}
