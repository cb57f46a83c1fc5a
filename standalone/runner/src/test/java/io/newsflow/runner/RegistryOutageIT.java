package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityMention;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability: the schema registry goes down while ingest, enrich and sink run. What they have already looked up
 * they keep: articles pushed during the outage are published, enriched and counted. A schema nobody has seen yet
 * fails with a clear error where it is registered (the producer is told, nothing is written), and where it is needed
 * to read a record (enrich), the record waits — the registry client asks again — and is enriched once the registry
 * is back: not lost, not dead-lettered, not written twice.
 */
class RegistryOutageIT {

    private static final int BEFORE = 40;
    private static final int DURING = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldKeepProcessingWithCachedSchemasAndRetryWhatNeedsTheRegistryUntilItIsBack(@TempDir Path dir) throws Exception {
        String run = "outage-" + Long.toHexString(System.nanoTime());
        String token = "outage-token-" + Long.toHexString(System.nanoTime());
        try (LocalStack stack = StackLauncher.startOnFreePorts(dir.resolve("stack"), Path.of(System.getProperty("newsflow.apicurio.home")));
             NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()))) {
            stack.ensureTopics(StackLauncher.catalogTopics());
            TopicCatalog topics = new TopicCatalog(serdes);
            List<String> connection = List.of("--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.registryUrl());
            Path ingestConfig = Files.writeString(dir.resolve("ingest.properties"), "ingest.http.token=" + token + "\n");
            Path servicesConfig = Files.writeString(dir.resolve("services.properties"), "session.timeout.ms=6000\nheartbeat.interval.ms=1500\n");
            byte[] v2Article = articleWithANewOptionalField(serdes, run);

            try (RunnerProcess ingest = RunnerProcess.start(RunnerProcess.args(List.of("ingest", "serve", "--port", "0", "--config", ingestConfig.toString()),
                         connection), dir.resolve("ingest.err"));
                 RunnerProcess enrich = RunnerProcess.start(RunnerProcess.args(List.of("enrich", "--config", servicesConfig.toString(),
                         "--state-dir", dir.resolve("enrich-state").toString()), connection), dir.resolve("enrich.err"));
                 RunnerProcess sink = RunnerProcess.start(RunnerProcess.args(List.of("sink", "--config", servicesConfig.toString(),
                         "--state-dir", dir.resolve("sink-state").toString()), connection), dir.resolve("sink.err"));
                 CommittedReader<String, EnrichedArticle> enriched = CommittedReader.of(stack.bootstrapServers(), topics.articlesEnriched());
                 CommittedReader<String, EntityMention> entities = CommittedReader.of(stack.bootstrapServers(), topics.entities())) {
                Pipeline pipeline = new Pipeline(pushUrl(ingest), token, enriched, entities, ingest, enrich, sink);
                pipeline.push(run, 0, BEFORE);
                pipeline.awaitThrough(BEFORE);

                stack.stopRegistry();
                pipeline.push(run, BEFORE, DURING);
                pipeline.pushRejected(run);
                pipeline.awaitThrough(BEFORE + DURING);
                assertRejectionWritten(stack, run);

                assertANewSchemaIsRefusedClearlyAndNothingWritten(dir, stack, connection, topics.articlesRaw());

                String v2Id = run + "-v2";
                send(stack, topics.articlesRaw(), v2Id, v2Article);
                await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    pipeline.assertAlive();
                    assertThat(pipeline.enrichedIds()).as("waits for the registry").doesNotContain(v2Id);
                });

                stack.startRegistry();
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    pipeline.assertAlive();
                    assertThat(pipeline.enrichedIds()).contains(v2Id);
                });
                assertThat(Files.readString(dir.resolve("enrich.err"))).as("enrich says why it waits")
                        .contains("Schema registry unreachable at [" + stack.registryUrl() + "]");
            }
            assertEachOnceAndNoDeadLetters(stack, topics, BEFORE + DURING + 1);
        }
    }

    /** The v1 Article with one more optional field: registered now, while the registry is up, but not yet read by enrich. */
    private static byte[] articleWithANewOptionalField(NewsSerdes serdes, String run) throws Exception {
        Schema v1 = Article.getClassSchema();
        var v2Json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(v1.toString());
        ((com.fasterxml.jackson.databind.node.ArrayNode) v2Json.get("fields")).addObject()
                .put("name", "section").putArray("type").add("null").add("string");
        ((com.fasterxml.jackson.databind.node.ObjectNode) v2Json.get("fields").get(v2Json.get("fields").size() - 1)).putNull("default");
        Schema v2 = new Schema.Parser().parse(v2Json.toString());
        GenericRecord article = JsonAvro.record(JSON.readTree("""
                {"id": "%s-v2", "source": "registry-outage-it", "url": null, "title": "Angela Merkel visits Nairobi",
                 "summary": null, "body": "Angela Merkel met officials of the United Nations in Nairobi on Monday.",
                 "language": null, "publishedAt": null, "ingestedAt": "%s", "authors": [], "tags": [], "format": "jsonl",
                 "section": "world"}""".formatted(run, Instant.now().truncatedTo(ChronoUnit.MILLIS))), v2);
        return serdes.generic().serializer().serialize(TopicCatalog.ARTICLES_RAW, article);
    }

    /**
     * A fresh {@code ./newsflow produce} must register (or look up) its schema: it fails, says so without a stack
     * trace, and writes nothing.
     */
    private static void assertANewSchemaIsRefusedClearlyAndNothingWritten(Path dir, LocalStack stack, List<String> connection,
            Topic<String, Article> raw) throws Exception {
        Path client = Files.writeString(dir.resolve("client.properties"), RegistryConfig.RETRY_TIMEOUT_MS + "=2000\n");
        Path input = Files.writeString(dir.resolve("one.jsonl"), "{\"id\": \"never-written\", \"source\": \"x\", \"title\": \"t\", "
                + "\"body\": \"b\", \"ingestedAt\": \"2026-11-26T10:00:00Z\", \"format\": \"jsonl\"}\n");
        try (RunnerProcess produce = RunnerProcess.start(RunnerProcess.args(List.of("produce", "--topic", raw.name(), "--client-config",
                client.toString(), "--input", input.toString()), connection), dir.resolve("produce.err"))) {
            assertThat(produce.waitFor(120)).isNotZero();
            assertThat(produce.stderr()).contains("Schema registry unreachable").doesNotContain("\tat ");
        }
        try (CommittedReader<String, byte[]> records = new CommittedReader<>(stack.bootstrapServers(), raw.name(),
                new org.apache.kafka.common.serialization.StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            assertThat(records.drainToEnd()).extracting(ConsumerRecord::key).as("nothing half-written").doesNotContain("never-written");
        }
    }

    /** Read as bytes: this test's own reader has no registry either. Decoded at the end, with the registry back. */
    private static void assertRejectionWritten(LocalStack stack, String run) {
        String url = ShortArticles.url(run, -1);
        try (CommittedReader<String, byte[]> rejected = new CommittedReader<>(stack.bootstrapServers(), TopicCatalog.ARTICLES_REJECTED,
                new org.apache.kafka.common.serialization.StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rejected.poll())
                    .anySatisfy(r -> assertThat(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).contains(url)));
        }
    }

    private static void assertEachOnceAndNoDeadLetters(LocalStack stack, TopicCatalog topics, int count) {
        try (CommittedReader<String, EnrichedArticle> enriched = CommittedReader.of(stack.bootstrapServers(), topics.articlesEnriched());
             CommittedReader<String, Rejected> dlq = CommittedReader.of(stack.bootstrapServers(), topics.enrichDlq())) {
            List<String> ids = enriched.drainToEnd().stream().map(ConsumerRecord::key).toList();
            assertThat(ids).as("news.articles.enriched: each article exactly once").hasSize(count).doesNotHaveDuplicates();
            assertThat(dlq.drainToEnd()).as("news.enrich.dlq: no article dead-lettered for the outage").isEmpty();
        }
        try (CommittedReader<String, Rejected> rejected = CommittedReader.of(stack.bootstrapServers(), topics.articlesRejected())) {
            assertThat(rejected.drainToEnd()).singleElement().satisfies(r -> assertThat(r.value().getReason()).contains("title"));
        }
    }

    private static String pushUrl(RunnerProcess ingest) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> ingest.lines().stream().filter(l -> l.startsWith("serving http://")).findFirst(), java.util.Optional::isPresent)
                .orElseThrow().split(" ")[1];
    }

    private static void send(LocalStack stack, Topic<String, Article> raw, String key, byte[] value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(raw.name(), key, value));
        }
    }

    /** Pushes articles to ingest and follows them through enrich and sink. */
    private static final class Pipeline {
        private final HttpClient http = HttpClient.newHttpClient();
        private final String url;
        private final String token;
        private final CommittedReader<String, EnrichedArticle> enrichedReader;
        private final CommittedReader<String, EntityMention> entityReader;
        private final List<RunnerProcess> services;
        private final Set<String> pushedTitles = new HashSet<>();
        // one publication time for all: stream time stays put, so no window of the sink closes (and needs a new
        // schema) while the registry is down
        private final Instant publishedAt = Instant.now().minus(5, ChronoUnit.MINUTES);
        private final Map<String, EnrichedArticle> enriched = new HashMap<>();
        private final Map<String, Integer> mentions = new HashMap<>();

        Pipeline(String url, String token, CommittedReader<String, EnrichedArticle> enriched,
                CommittedReader<String, EntityMention> entities, RunnerProcess... services) {
            this.url = url;
            this.token = token;
            this.enrichedReader = enriched;
            this.entityReader = entities;
            this.services = List.of(services);
        }

        void push(String run, int from, int count) throws Exception {
            for (int i = from; i < from + count; i++) {
                String line = ShortArticles.line(run, i, publishedAt);
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as("push %d: %s", i, answer.body()).isEqualTo(202);
                pushedTitles.add(JSON.readTree(line).get("title").asText());
            }
        }

        /** An article without a title: refused (400) and its rejection written, with the schema ingest looked up at start. */
        void pushRejected(String run) throws Exception {
            String line = "{\"url\": \"" + ShortArticles.url(run, -1) + "\", \"body\": \"No title.\"}";
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        }

        /** Until every pushed article is enriched and its entities are in news.entities. */
        void awaitThrough(int count) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertAlive();
                poll();
                List<EnrichedArticle> ours = enriched.values().stream()
                        .filter(a -> pushedTitles.contains(a.getArticle().getTitle())).toList();
                assertThat(ours).hasSize(count);
                Map<String, Integer> expected = ours.stream().filter(a -> !a.getEntities().isEmpty())
                        .collect(Collectors.toMap(a -> a.getArticle().getId(), a -> a.getEntities().size()));
                assertThat(expected).isNotEmpty();
                assertThat(mentions).containsAllEntriesOf(expected);
            });
        }

        Set<String> enrichedIds() {
            poll();
            return enriched.keySet();
        }

        void assertAlive() {
            services.forEach(s -> assertThat(s.process().isAlive()).as(s.name() + " died: " + s.stderr()).isTrue());
        }

        private void poll() {
            enrichedReader.poll().forEach(r -> enriched.put(r.key(), r.value()));
            entityReader.poll().forEach(r -> mentions.merge(r.value().getArticleId(), 1, Integer::sum));
        }
    }
}
