package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.ingest.Samples;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityMention;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.LocationMention;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.sink.topology.ArticleViews;
import io.newsflow.sink.topology.SinkTopology;
import io.newsflow.stack.LocalStack;
import java.io.BufferedWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline as operators run it, each service its own process, on a stack of its own (so only this
 * test's articles are in the topics): 500 articles (the samples, cycled, retitled, published one every 7 s of
 * one hour) and one an hour later that closes the windows go through {@code ingest}, {@code enrich} and
 * {@code sink}; every sink topic, its JSON mirror and the dead-letter topic are checked against what the
 * enriched articles say they must hold; then the seed article is ingested and a real browser (Debian's
 * chromium, driven by playwright-core) must show it on the dashboard within 10 s, with Iraq marked on the map.
 */
class SinkCommandIT {

    private static final int ARTICLES = 500;
    /**
     * Six hours ago, on the hour: the closing article (five hours later) is then not dated after its own ingestion,
     * and the hour is recent, since window-store changelogs (which the test reads to know the sink has counted
     * everything) drop records a day older than the windows' retention.
     */
    private static final Instant T0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofHours(6));
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration GRACE = Duration.ofMinutes(120);
    private static final Path BROWSER_CHECK = Path.of("..", "..", "sink", "src", "test", "js").toAbsolutePath().normalize();
    private static final String SEED_TITLE = "Iranian General Soleimani 'present on Mosul operation front line'";

    @Test
    void shouldFillEverySinkTopicFromIngestedArticlesAndShowTheSeedArticleLive(@TempDir Path dir) throws Exception {
        Path input = writeArticles(dir.resolve("articles.jsonl"), 0, ARTICLES);
        Path closer = writeArticles(dir.resolve("closer.jsonl"), ARTICLES, ARTICLES + 1);
        Path watchList = Files.writeString(dir.resolve("watchlist.json"),
                "{\"rules\": [{\"name\": \"iraq\", \"countries\": [\"IQ\"], \"maxScore\": 0}]}");
        int port = freePort();
        int enrichOpsPort = freePort();
        try (LocalStack stack = StackLauncher.startOnFreePorts(dir.resolve("stack"), Path.of(System.getProperty("newsflow.apicurio.home")));
             NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()))) {
            stack.ensureTopics(StackLauncher.catalogTopics());
            List<String> connection = List.of("--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.registryUrl());
            TopicCatalog topics = new TopicCatalog(serdes);

            RunnerProcess ingest = RunnerProcess.start(args(List.of("ingest", input.toString()), connection), dir.resolve("ingest.err"));
            assertThat(ingest.waitFor(120)).as(Files.readString(dir.resolve("ingest.err"))).isZero();
            assertThat(ingest.lines()).contains("ingested=" + ARTICLES + " duplicates=0 rejected=0");

            try (RunnerProcess enrich = RunnerProcess.start(args(List.of("enrich", "--state-dir", dir.resolve("enrich").toString(),
                         "--http-port", String.valueOf(enrichOpsPort)), connection), dir.resolve("enrich.err"));
                 RunnerProcess sink = RunnerProcess.start(args(List.of("sink", "--state-dir", dir.resolve("sink").toString(),
                         "--http-port", String.valueOf(port), "--json", "--watchlist", watchList.toString(),
                         "--window-minutes", "15", "--grace-minutes", "120"), connection), dir.resolve("sink.err"))) {
                List<EnrichedArticle> hour = awaitEnriched(stack, topics, enrich, dir, ARTICLES);
                Map<String, Long> trends = WindowCounts.expectedTrends(hour, WINDOW);
                Map<String, Long> tone = WindowCounts.expectedTone(hour, WINDOW);
                assertThat(WindowCounts.windows(trends)).as("the hour has four windows").isEqualTo(4);
                // the article that closes the windows goes in only once the sink has counted the hour's: an
                // article from five hours later counted first would make every other one too late for its window
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
                    assertThat(sink.process().isAlive()).as(Files.readString(dir.resolve("sink.err"))).isTrue();
                    assertThat(WindowCounts.runningCounts(stack.bootstrapServers(), serdes, "newsflow-sink", SinkTopology.ENTITY_COUNTS))
                            .isEqualTo(trends);
                    assertThat(WindowCounts.runningCounts(stack.bootstrapServers(), serdes, "newsflow-sink", SinkTopology.COUNTRY_TONE))
                            .isEqualTo(tone);
                });
                RunnerProcess closing = RunnerProcess.start(args(List.of("ingest", closer.toString()), connection), dir.resolve("closer.err"));
                assertThat(closing.waitFor(120)).isZero();
                List<EnrichedArticle> enriched = awaitEnriched(stack, topics, enrich, dir, ARTICLES + 1);
                int entities = enriched.stream().mapToInt(a -> a.getEntities().size()).sum();
                int locations = enriched.stream().mapToInt(a -> a.getLocations().size()).sum();
                int alerts = (int) enriched.stream().filter(a -> a.getSentiment().getScore() <= 0)
                        .filter(a -> a.getLocations().stream().anyMatch(l -> "IQ".equals(l.getCountryCode()))).count();

                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    assertThat(sink.process().isAlive()).as(Files.readString(dir.resolve("sink.err"))).isTrue();
                    assertThat(readAll(stack, topics.entities())).hasSize(entities);
                    assertThat(readAll(stack, topics.locations())).hasSize(locations);
                    assertThat(WindowCounts.trendCounts(readAll(stack, topics.trendsEntities()))).isEqualTo(trends);
                    assertThat(WindowCounts.toneCounts(readAll(stack, topics.toneByCountry()))).isEqualTo(tone);
                    assertThat(readAll(stack, topics.alerts())).hasSize(alerts);
                });
                assertMentionsMatchTheArticles(readAll(stack, topics.entities()), readAll(stack, topics.locations()), enriched);
                assertRanks(readAll(stack, topics.trendsEntities()));
                assertMirrorsHoldTheSameRecords(stack, topics);
                assertThat(alerts).as("the watch-list matched something").isPositive();

                assertUndecodableRecordGoesToTheDeadLetterTopic(stack, topics);

                // with the seed, an article whose title is markup: the page must show it as text, not run it
                Path markup = Files.writeString(dir.resolve("markup.jsonl"), "{\"url\": \"https://it.example.org/markup\", "
                        + "\"title\": \"<script>window.__pwned=1</script> <img src=x onerror=alert(1)> & \\\"quotes\\\"\", "
                        + "\"body\": \"A body about Baghdad, Iraq, where officials met.\"}\n");
                RunnerProcess seed = RunnerProcess.start(args(List.of("ingest", seedFile(dir).toString(), markup.toString()), connection),
                        dir.resolve("seed.err"));
                BrowserCheck.Result shown = BrowserCheck.run(BROWSER_CHECK, "http://127.0.0.1:" + port + "/", SEED_TITLE, "IQ",
                        Duration.ofSeconds(10));
                assertThat(seed.waitFor(60)).isZero();
                assertThat(shown.exit()).as(shown.output()).isZero();
                assertThat(shown.output()).contains("\"ok\":true");

                assertOperationsEndpoints(enrichOpsPort, "enrich", "newsflow_enrich_seconds_count", "newsflow_enrich_articles_total");
                assertOperationsEndpoints(port, "sink", "kafka_stream_thread_process_total", "jvm_memory_used_bytes");

                sink.process().destroy();
                sink.waitFor(60);
                assertThat(Files.readString(dir.resolve("sink.err"))).contains("Sink state PENDING_SHUTDOWN -> NOT_RUNNING");
            }
        }
    }

    /** {@code /health} is 200 and UP; {@code /metrics} is Prometheus text with consumer lag and the given meters. */
    private static void assertOperationsEndpoints(int port, String service, String... meters) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> health = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/health")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> metrics = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/metrics")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).as(service + " /health").isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"state\":\"RUNNING\"");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
        assertThat(metrics.body()).as(service + " /metrics").contains("service=\"" + service + "\"")
                .contains("kafka_consumer_fetch_manager_records_lag_max").contains(meters);
    }

    private static List<EnrichedArticle> awaitEnriched(LocalStack stack, TopicCatalog topics, RunnerProcess enrich, Path dir,
            int count) {
        AtomicReference<List<EnrichedArticle>> all = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(enrich.process().isAlive()).as(Files.readString(dir.resolve("enrich.err"))).isTrue();
            all.set(readAll(stack, topics.articlesEnriched()).stream().map(ConsumerRecord::value).toList());
            assertThat(all.get()).hasSize(count);
        });
        return all.get();
    }

    private static void assertMentionsMatchTheArticles(List<ConsumerRecord<String, EntityMention>> entities,
            List<ConsumerRecord<String, LocationMention>> locations, List<EnrichedArticle> enriched) {
        Map<String, EnrichedArticle> byId = enriched.stream().collect(Collectors.toMap(a -> a.getArticle().getId(), Function.identity()));
        assertThat(entities).allSatisfy(r -> {
            EnrichedArticle article = byId.get(r.value().getArticleId());
            assertThat(article).isNotNull();
            assertThat(r.key()).isEqualTo(ArticleViews.entityKey(r.value().getEntity(), r.value().getType()));
            assertThat(r.value().getSentimentScore()).isEqualTo(article.getSentiment().getScore());
        });
        assertThat(locations).allSatisfy(r -> assertThat(r.key()).isEqualTo(
                r.value().getCountryCode() == null ? ArticleViews.UNKNOWN_COUNTRY : r.value().getCountryCode()));
    }

    /** Per window: ranks 1…N on the N largest counts, in order, null on the rest. */
    private static void assertRanks(List<ConsumerRecord<String, EntityTrend>> trends) {
        Map<Instant, List<EntityTrend>> byWindow = trends.stream().map(ConsumerRecord::value)
                .collect(Collectors.groupingBy(EntityTrend::getWindowStart));
        byWindow.values().forEach(window -> {
            List<EntityTrend> ranked = window.stream().filter(t -> t.getRank() != null)
                    .sorted(java.util.Comparator.comparing(EntityTrend::getRank)).toList();
            assertThat(ranked).extracting(EntityTrend::getRank).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, Math.min(10, window.size())).boxed().toList());
            long lowestRanked = ranked.get(ranked.size() - 1).getArticles();
            assertThat(window).filteredOn(t -> t.getRank() == null).allSatisfy(t -> assertThat(t.getArticles()).isLessThanOrEqualTo(lowestRanked));
        });
    }

    private static void assertMirrorsHoldTheSameRecords(LocalStack stack, TopicCatalog topics) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Topic<String, ?> topic : List.of(topics.entities(), topics.locations(), topics.trendsEntities(),
                topics.toneByCountry(), topics.alerts())) {
            List<ConsumerRecord<String, String>> mirror = readAll(stack, topic.name() + SinkTopology.JSON_SUFFIX,
                    new StringDeserializer(), new StringDeserializer());
            assertThat(mirror).as(topic.name()).hasSize(readAll(stack, topic).size());
            assertThat(json.readTree(mirror.get(0).value()).isObject()).isTrue();
        }
    }

    private static void assertUndecodableRecordGoesToTheDeadLetterTopic(LocalStack stack, TopicCatalog topics) {
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.articlesEnriched().name(), "garbage".getBytes(StandardCharsets.UTF_8), garbage));
        }
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ConsumerRecord<byte[], byte[]>> dead = readAll(stack, SinkTopology.DEAD_LETTER_TOPIC,
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo(garbage);
            assertThat(new String(dead.get(0).headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
                    .contains("magic byte");
        });
    }

    /** Lines {@code from} (inclusive) to {@code to}: the samples, cycled and retitled; line 500 is five hours later. */
    private static Path writeArticles(Path file, int from, int to) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Article> samples = Samples.articles(Clock.systemUTC());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = from; i < to; i++) {
                Article sample = samples.get(i % samples.size());
                // the last one, an hour after the others, moves event time past every window of the first hour
                Instant published = i < ARTICLES ? T0.plusSeconds(7L * i) : T0.plus(Duration.ofHours(5));
                ObjectNode line = json.createObjectNode().put("url", "https://it.example.org/sink/" + i)
                        .put("source", "sink-it").put("title", sample.getTitle() + " #" + i)
                        .put("publishedAt", published.toString()).put("body", sample.getBody());
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        }
        return file;
    }

    private static Path seedFile(Path dir) throws Exception {
        String seed = Samples.names().stream().filter(name -> name.startsWith("01-")).findFirst().orElseThrow();
        return Files.writeString(dir.resolve("seed.txt"), Samples.text(seed));
    }

    private static <V> List<ConsumerRecord<String, V>> readAll(LocalStack stack, Topic<String, V> topic) {
        return readAll(stack, topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    /** Every committed record of the topic, from its start to its end as it is now. */
    private static <K, V> List<ConsumerRecord<K, V>> readAll(LocalStack stack, String topic, Deserializer<K> keys,
            Deserializer<V> values) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static List<String> args(List<String> command, List<String> connection) {
        List<String> all = new ArrayList<>(command);
        all.addAll(connection);
        return all;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
