package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.Samples;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.CountryTone;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityMention;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.LocationMention;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.sink.topology.SinkTopology;
import io.newsflow.stack.TopicAdmin;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The whole pipeline, ingest → enrich → sink, each service the built runner jar in its own process, against any
 * Kafka broker and Confluent-API schema registry given by their addresses as this JVM (and the child processes,
 * which run on the same host) reach them. The local-stack IT and the Testcontainers IT run this same scenario.
 *
 * <p>What it does: {@value #ARTICLES} JSON-lines articles (the samples, cycled, with this run's urls and titles,
 * published one every 18 s of an hour that ended 15 minutes ago) go through {@code ingest}; then {@code enrich} and
 * {@code sink} run, exactly once, with this run's application ids and temporary state directories, until every
 * article is enriched and every mention is out; both are stopped with SIGTERM and the topics must then hold, for
 * this run's article ids: each raw article once, each enriched article once (read_committed), one entity mention
 * per entity and one location mention per place of the enriched articles, no alert (no watch list) and no dead
 * letter in {@code news.enrich.dlq} or {@code news.sink.dlq}.
 *
 * <p>Windowed topics ({@code news.trends.entities}, {@code news.tone.by-country}) are left out: their windows only
 * close when a later article moves stream time past them (SinkCommandIT covers that on a stack of its own); here
 * they would add a closing article and minutes of waiting for nothing the other checks do not already show.
 *
 * <p>Sharing a broker: every check reads a topic only from where it ended before this run and keeps only this
 * run's ids. The two new Streams applications start where the topics they read ended before this run (their
 * groups' offsets are set there first, as {@code kafka-consumer-groups --reset-offsets --to-latest} would), so
 * what other tests left in the topics is neither re-enriched nor re-sunk: the run time does not grow with the
 * broker's history, and other tests' ids get no second enriched record.
 */
public final class PipelineScenario {

    static final int ARTICLES = 200;
    private static final Duration SPACING = Duration.ofSeconds(18);
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration WINDOW = Duration.ofMinutes(15);
    /**
     * The sink's grace, longer than the hour: services read their partitions in any interleaving, so an article
     * may come after one published 50 minutes later and must still count.
     */
    private static final Duration GRACE = Duration.ofMinutes(120);

    private final String bootstrapServers;
    private final String schemaRegistryUrl;
    /** Start of the hour this run's articles were published in: its four windows are this run's. */
    private Instant firstPublished;

    /** What one run saw, for the test's log. */
    public record Outcome(String run, int articles, int entities, int locations, Duration took) {
    }

    public PipelineScenario(String bootstrapServers, String schemaRegistryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.schemaRegistryUrl = schemaRegistryUrl;
    }

    /** Creates the catalog topics that are missing and waits until each is writable. */
    public static void ensureCatalogTopics(String bootstrapServers) {
        TopicAdmin.ensureTopics(bootstrapServers, StackLauncher.catalogTopics());
    }

    /** Runs the pipeline once, in {@code dir} (input file, state directories, the services' stderr), and checks it. */
    public Outcome run(Path dir) throws Exception {
        Instant started = Instant.now();
        String run = "pipeline-it-" + Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String urlPrefix = "https://it.example.org/pipeline/" + run + "/";
        String enrichId = run + "-enrich";
        String sinkId = run + "-sink";
        Path input = writeArticles(dir.resolve("articles.jsonl"), urlPrefix);
        List<String> connection = List.of("--bootstrap-servers", bootstrapServers, "--schema-registry-url", schemaRegistryUrl);

        try (NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, schemaRegistryUrl))) {
            TopicCatalog topics = new TopicCatalog(serdes);
            Marks marks = new Marks(List.of(topics.articlesRaw().name(), topics.articlesEnriched().name(), topics.entities().name(),
                    topics.locations().name(), topics.alerts().name(), topics.enrichDlq().name(), SinkTopology.DEAD_LETTER_TOPIC,
                    topics.trendsEntities().name(), topics.toneByCountry().name()));
            startGroupsAtTheEnd(Map.of(enrichId, topics.articlesRaw().name(), sinkId, topics.articlesEnriched().name()), marks);

            RunnerProcess ingest = RunnerProcess.start(RunnerProcess.args(List.of("ingest", input.toString(), "--no-progress"), connection), dir.resolve("ingest.err"));
            assertThat(ingest.waitFor(120)).as("ingest exit code; stderr: %s", ingest.stderr()).isZero();
            assertThat(ingest.lines()).as("ingest summary; stderr: %s", ingest.stderr())
                    .contains("ingested=" + ARTICLES + " duplicates=0 rejected=0");
            Set<String> ids = rawIds(marks, topics.articlesRaw(), urlPrefix);

            List<EnrichedArticle> enriched;
            int entities;
            int locations;
            Map<String, Long> trends;
            Map<String, Long> tone;
            try (RunnerProcess enrich = RunnerProcess.start(RunnerProcess.args(List.of("enrich", "--application-id", enrichId,
                         "--state-dir", dir.resolve("enrich-state").toString(), "--processing-guarantee", "exactly_once_v2"), connection),
                         dir.resolve("enrich.err"));
                 RunnerProcess sink = RunnerProcess.start(RunnerProcess.args(List.of("sink", "--application-id", sinkId,
                         "--state-dir", dir.resolve("sink-state").toString(), "--window-minutes", String.valueOf(WINDOW.toMinutes()),
                         "--grace-minutes", String.valueOf(GRACE.toMinutes())), connection), dir.resolve("sink.err"))) {
                AtomicReference<List<EnrichedArticle>> seen = new AtomicReference<>();
                await("every article enriched").atMost(PROCESSING_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    assertAlive(enrich, sink);
                    seen.set(values(marks.read(topics.articlesEnriched()), ids, r -> r.key()));
                    assertThat(seen.get()).hasSizeGreaterThanOrEqualTo(ids.size());
                });
                enriched = seen.get();
                entities = enriched.stream().mapToInt(a -> a.getEntities().size()).sum();
                locations = enriched.stream().mapToInt(a -> a.getLocations().size()).sum();
                await("every mention sunk").atMost(PROCESSING_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    assertAlive(enrich, sink);
                    assertThat(values(marks.read(topics.entities()), ids, r -> r.value().getArticleId())).hasSizeGreaterThanOrEqualTo(entities);
                    assertThat(values(marks.read(topics.locations()), ids, r -> r.value().getArticleId())).hasSizeGreaterThanOrEqualTo(locations);
                });
                closeTheWindows(dir, connection, serdes, sinkId, urlPrefix, enriched, enrich, sink);
                trends = WindowCounts.expectedTrends(enriched, WINDOW);
                tone = WindowCounts.expectedTone(enriched, WINDOW);
                Map<String, Long> expectedTrends = trends;
                Map<String, Long> expectedTone = tone;
                await("every window of the hour closed").atMost(PROCESSING_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    assertAlive(enrich, sink);
                    assertThat(WindowCounts.trendCounts(inTheHour(marks.read(topics.trendsEntities()), EntityTrend::getWindowStart)))
                            .isEqualTo(expectedTrends);
                    assertThat(WindowCounts.toneCounts(inTheHour(marks.read(topics.toneByCountry()), CountryTone::getWindowStart)))
                            .isEqualTo(expectedTone);
                });
                // SIGTERM, as an operator stops them: whatever either would still write is in the topics after this
                stop(sink, "Sink");
                stop(enrich, "Enrich");
            }

            List<String> enrichedIds = marks.read(topics.articlesEnriched()).stream().map(ConsumerRecord::key).filter(ids::contains).toList();
            assertThat(enrichedIds).as("news.articles.enriched: each of this run's articles exactly once")
                    .hasSize(ARTICLES).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
            assertThat(entities).as("the samples name entities").isPositive();
            assertThat(locations).as("the samples name places").isPositive();
            List<EntityMention> entityMentions = values(marks.read(topics.entities()), ids, r -> r.value().getArticleId());
            assertThat(entityMentions).as("news.entities: one per entity of the enriched articles").hasSize(entities);
            assertThat(perArticle(entityMentions, EntityMention::getArticleId)).isEqualTo(expectedPerArticle(enriched, a -> a.getEntities().size()));
            List<LocationMention> locationMentions = values(marks.read(topics.locations()), ids, r -> r.value().getArticleId());
            assertThat(locationMentions).as("news.locations: one per place of the enriched articles").hasSize(locations);
            assertThat(perArticle(locationMentions, LocationMention::getArticleId)).isEqualTo(expectedPerArticle(enriched, a -> a.getLocations().size()));
            List<Alert> alerts = values(marks.read(topics.alerts()), ids, r -> r.value().getArticleId());
            assertThat(alerts).as("news.alerts: none without a watch list").isEmpty();
            List<Rejected> enrichDeadLetters = values(marks.read(topics.enrichDlq()), ids,
                    r -> r.key() != null ? r.key() : text(r.value().getKey()));
            assertThat(enrichDeadLetters).as("news.enrich.dlq: none of this run's articles").isEmpty();
            List<byte[]> sinkDeadLetters = values(marks.read(SinkTopology.DEAD_LETTER_TOPIC, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer()), ids, r -> r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8));
            assertThat(sinkDeadLetters).as("news.sink.dlq: none of this run's articles").isEmpty();
            assertThat(WindowCounts.windows(trends)).as("the hour's four windows").isEqualTo(4);
            assertThat(WindowCounts.trendCounts(inTheHour(marks.read(topics.trendsEntities()), EntityTrend::getWindowStart)))
                    .as("news.trends.entities: each window's count once, after the services stopped").isEqualTo(trends);
            assertThat(WindowCounts.toneCounts(inTheHour(marks.read(topics.toneByCountry()), CountryTone::getWindowStart)))
                    .as("news.tone.by-country: each window's count once").isEqualTo(tone);
            return new Outcome(run, ids.size(), entities, locations, Duration.between(started, Instant.now()));
        }
    }

    /**
     * Once the sink has counted the hour (its window stores' changelogs hold every expected count), one more article,
     * published a minute ago, moves stream time past every window of the hour and its grace.
     */
    private void closeTheWindows(Path dir, List<String> connection, NewsSerdes serdes, String sinkId, String urlPrefix,
            List<EnrichedArticle> enriched, RunnerProcess enrich, RunnerProcess sink) throws Exception {
        Map<String, Long> trends = WindowCounts.expectedTrends(enriched, WINDOW);
        Map<String, Long> tone = WindowCounts.expectedTone(enriched, WINDOW);
        await("the hour counted").atMost(PROCESSING_TIMEOUT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            assertAlive(enrich, sink);
            assertThat(WindowCounts.runningCounts(bootstrapServers, serdes, sinkId, SinkTopology.ENTITY_COUNTS)).isEqualTo(trends);
            assertThat(WindowCounts.runningCounts(bootstrapServers, serdes, sinkId, SinkTopology.COUNTRY_TONE)).isEqualTo(tone);
        });
        Article sample = Samples.articles(Clock.systemUTC()).get(0);
        Path closer = Files.writeString(dir.resolve("closer.jsonl"), new ObjectMapper().writeValueAsString(new ObjectMapper()
                .createObjectNode().put("url", urlPrefix + "closer").put("source", "pipeline-it").put("title", "Closer")
                .put("publishedAt", Instant.now().minus(Duration.ofMinutes(1)).toString()).put("body", sample.getBody())) + "\n");
        RunnerProcess ingest = RunnerProcess.start(RunnerProcess.args(List.of("ingest", closer.toString(), "--no-progress"), connection),
                dir.resolve("closer.err"));
        assertThat(ingest.waitFor(120)).as("ingest of the closing article; stderr: %s", ingest.stderr()).isZero();
    }

    /** The records of windows that start within this run's hour (other runs may share the topic). */
    private <V> List<ConsumerRecord<String, V>> inTheHour(List<ConsumerRecord<String, V>> records, java.util.function.Function<V, Instant> start) {
        return records.stream().filter(r -> !start.apply(r.value()).isBefore(firstPublished)
                && start.apply(r.value()).isBefore(firstPublished.plus(Duration.ofHours(1)))).toList();
    }

    /** The ids ingest gave this run's articles: each url once in news.articles.raw. */
    private Set<String> rawIds(Marks marks, Topic<String, Article> raw, String urlPrefix) {
        List<ConsumerRecord<String, Article>> ours = marks.read(raw).stream()
                .filter(r -> r.value().getUrl() != null && r.value().getUrl().startsWith(urlPrefix)).toList();
        assertThat(ours).as("news.articles.raw: this run's articles").hasSize(ARTICLES);
        assertThat(ours).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()));
        Set<String> ids = ours.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
        assertThat(ids).as("one id per article").hasSize(ARTICLES);
        return ids;
    }

    /**
     * Commits, for each new Streams application (its consumer group is its application id), the end offsets the
     * marks hold for the topic it reads: it then starts there instead of at the start of the topic.
     */
    private void startGroupsAtTheEnd(Map<String, String> topicByGroup, Marks marks) throws Exception {
        try (Admin admin = TopicAdmin.admin(bootstrapServers)) {
            for (Map.Entry<String, String> group : topicByGroup.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> offsets = marks.of(group.getValue()).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
                admin.alterConsumerGroupOffsets(group.getKey(), offsets).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void assertAlive(RunnerProcess... services) {
        for (RunnerProcess service : services) {
            assertThat(service.process().isAlive()).as("%s is running; stderr: %s", service.name(), service.stderr()).isTrue();
        }
    }

    private static void stop(RunnerProcess service, String logName) throws Exception {
        service.process().destroy();
        service.waitFor(60);
        assertThat(Files.readString(service.stderrLog())).as("%s stopped cleanly", service.name())
                .contains(logName + " state PENDING_SHUTDOWN -> NOT_RUNNING");
    }

    private static <K, V> List<V> values(List<ConsumerRecord<K, V>> records, Set<String> ids, Function<ConsumerRecord<K, V>, String> id) {
        return records.stream().filter(r -> ids.contains(id.apply(r))).map(ConsumerRecord::value).toList();
    }

    private static <T> Map<String, Integer> perArticle(List<T> mentions, Function<T, String> articleId) {
        return mentions.stream().collect(Collectors.toMap(articleId, m -> 1, Integer::sum));
    }

    private static Map<String, Integer> expectedPerArticle(List<EnrichedArticle> enriched, java.util.function.ToIntFunction<EnrichedArticle> size) {
        return enriched.stream().filter(a -> size.applyAsInt(a) > 0)
                .collect(Collectors.toMap(a -> a.getArticle().getId(), size::applyAsInt, Integer::sum));
    }

    private static String text(ByteBuffer bytes) {
        if (bytes == null) {
            return "";
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.duplicate().get(copy);
        return new String(copy, StandardCharsets.UTF_8);
    }

    /**
     * The samples, cycled, with this run's urls and numbered titles, one every 18 s of an hour on the window grid
     * that ended more than the grace ago (so a new article can close all its windows without being dated in the
     * future) and is recent (window-store changelogs drop records a day older than the windows' retention).
     */
    private Path writeArticles(Path file, String urlPrefix) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> samples = Samples.articles(Clock.systemUTC());
        Instant first = WindowCounts.windowStart(Instant.now().minus(GRACE).minus(Duration.ofMinutes(80)), WINDOW);
        firstPublished = first;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                Article sample = samples.get(i % samples.size());
                out.write(json.writeValueAsString(json.createObjectNode()
                        .put("url", urlPrefix + i)
                        .put("source", "pipeline-it")
                        .put("title", sample.getTitle() + " #" + i)
                        .put("publishedAt", first.plus(SPACING.multipliedBy(i)).toString())
                        .put("body", sample.getBody())));
                out.write('\n');
            }
        }
        return file;
    }

    /**
     * Where each topic ended (read_committed) before this run, and reads from there to where it ends now: all of
     * this run's records and only what others wrote since. A topic missing at the mark is read from its start.
     */
    private final class Marks {
        private final Map<String, Map<TopicPartition, Long>> start = new HashMap<>();

        Marks(List<String> topicNames) {
            try (KafkaConsumer<byte[], byte[]> consumer = consumer(new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> all = topicNames.stream().flatMap(topic -> partitions(consumer, topic).stream()).toList();
                consumer.assign(all); // read_committed end offsets (last stable offsets) of assigned partitions, without warnings
                consumer.endOffsets(all).forEach((partition, offset) ->
                        start.computeIfAbsent(partition.topic(), topic -> new HashMap<>()).put(partition, offset));
            }
        }

        Map<TopicPartition, Long> of(String topic) {
            return start.getOrDefault(topic, Map.of());
        }

        <V> List<ConsumerRecord<String, V>> read(Topic<String, V> topic) {
            return read(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        }

        <K, V> List<ConsumerRecord<K, V>> read(String topic, Deserializer<K> keys, Deserializer<V> values) {
            try (KafkaConsumer<K, V> consumer = consumer(keys, values)) {
                List<TopicPartition> partitions = partitions(consumer, topic);
                consumer.assign(partitions);
                Map<TopicPartition, Long> from = start.getOrDefault(topic, Map.of());
                partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                List<ConsumerRecord<K, V>> records = new ArrayList<>();
                Instant deadline = Instant.now().plusSeconds(30);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Could not read " + topic + " to " + end + " within 30 s");
                    }
                    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                }
                return records;
            }
        }

        private <K, V> KafkaConsumer<K, V> consumer(Deserializer<K> keys, Deserializer<V> values) {
            Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            return new KafkaConsumer<>(config, keys, values);
        }

        private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            return infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        }
    }
}
