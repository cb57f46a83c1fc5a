package io.newsflow.schemas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.fixtures.Records;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.SharedStack;
import io.newsflow.stack.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with Confluent's own JavaScript serde ({@code @confluentinc/schemaregistry}) over a real broker
 * and registry, in both directions.
 */
class ConfluentJsInteropIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack = SharedStack.get();
    private final NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()));

    @TempDir
    Path dir;

    @BeforeAll
    static void installConfluentClient() throws Exception {
        NodeScripts.install();
    }

    @Test
    void shouldLetConfluentsJsClientDecodeWhatOurSerializerWrote() throws Exception {
        String topic = "interop-java-to-js-" + System.nanoTime();
        stack.ensureTopics(List.of(TopicSpec.of(topic, 1)));
        EnrichedArticle first = Records.enrichedArticle();
        EnrichedArticle second = EnrichedArticle.newBuilder(first)
                .setArticle(Article.newBuilder(Records.article("b-2")).setUrl(null).setPublishedAt(null).setSummary(null).build())
                .build();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.bootstrapServers()), new StringSerializer(), serdes.enrichedArticle().serializer())) {
            producer.send(new ProducerRecord<>(topic, "a", first)).get();
            producer.send(new ProducerRecord<>(topic, "b", second)).get();
        }

        NodeScripts.Result consumed = NodeScripts.node("consume.mjs", List.of("--bootstrap", stack.bootstrapServers(),
                "--registry", stack.registryUrl(), "--topic", topic, "--count", "2", "--timeout-ms", "60000"), 120);

        assertThat(consumed.exit()).as(consumed.stderr()).isZero();
        JsonNode a = JSON.readTree(consumed.stdout().get(0));
        JsonNode b = JSON.readTree(consumed.stdout().get(1));
        assertThat(a.at("/article/title").asText()).isEqualTo(first.getArticle().getTitle());
        assertThat(a.at("/article/publishedAt").asLong()).isEqualTo(Records.PUBLISHED.toEpochMilli());
        assertThat(a.at("/article/url").asText()).isEqualTo(first.getArticle().getUrl());
        assertThat(a.at("/entities/0/name").asText()).isEqualTo("Qassem Soleimani");
        assertThat(a.at("/entities/0/type").asText()).isEqualTo("PERSON");
        assertThat(a.at("/entities/0/offsets/0/end").asInt()).isEqualTo(86);
        assertThat(a.at("/locations/0/geonamesId").asLong()).isEqualTo(99072L);
        assertThat(a.at("/locations/0/latitude").asDouble()).isEqualTo(36.335);
        assertThat(a.at("/locations/0/featureClass").asText()).isEqualTo("CITY");
        assertThat(a.at("/sentiment/score").floatValue()).isEqualTo(-0.42f);
        assertThat(a.at("/sentiment/label").asText()).isEqualTo("NEGATIVE");
        assertThat(b.at("/article/id").asText()).isEqualTo("b-2");
        assertThat(b.at("/article/url").isNull()).isTrue();
        assertThat(b.at("/article/publishedAt").isNull()).isTrue();
    }

    @Test
    void shouldDecodeWhatConfluentsJsClientWrote() throws Exception {
        String topic = "interop-js-to-java-" + System.nanoTime();
        Path schema = dir.resolve("Article.avsc");
        Files.writeString(schema, Article.getClassSchema().toString(true), StandardCharsets.UTF_8);
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"js-1\",\"source\":\"Reuters\",\"url\":\"https://example.org/js-1\",\"title\":\"Written in JavaScript\","
                        + "\"summary\":null,\"body\":\"Ünïcode – body.\",\"language\":\"en\",\"publishedAt\":1478390400000,"
                        + "\"ingestedAt\":1795600000123,\"authors\":[\"Ann\",\"Bob\"],\"tags\":[],\"format\":\"jsonl\"}",
                "{\"id\":\"js-2\",\"source\":\"AP\",\"title\":\"Nulls and defaults\",\"body\":\"B\",\"ingestedAt\":1,"
                        + "\"format\":\"ninjs\"}"), StandardCharsets.UTF_8);

        NodeScripts.Result produced = NodeScripts.node("produce.mjs", List.of("--bootstrap", stack.bootstrapServers(),
                "--registry", stack.registryUrl(), "--topic", topic, "--schema", schema.toString(),
                "--input", input.toString()), 120);

        assertThat(produced.exit()).as(produced.stderr()).isZero();
        List<Article> articles = consume(topic, 2);
        assertThat(articles.get(0)).isEqualTo(Article.newBuilder().setId("js-1").setSource("Reuters")
                .setUrl("https://example.org/js-1").setTitle("Written in JavaScript").setSummary(null)
                .setBody("Ünïcode – body.").setLanguage("en").setPublishedAt(Instant.ofEpochMilli(1478390400000L))
                .setIngestedAt(Instant.ofEpochMilli(1795600000123L)).setAuthors(List.of("Ann", "Bob")).setTags(List.of())
                .setFormat("jsonl").build());
        assertThat(articles.get(1).getUrl()).isNull();
        assertThat(articles.get(1).getAuthors()).isEmpty();
        assertThat(articles.get(1).getFormat()).isEqualTo("ninjs");
        int jsSchemaId = Integer.parseInt(produced.stdout().get(0).replaceAll("produced id=(\\d+).*", "$1"));
        assertThat(serdes.registry().schemaById(jsSchemaId)).isEqualTo(Article.getClassSchema());
    }

    private List<Article> consume(String topic, int count) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "interop-" + topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Article> read = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), serdes.article().deserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
                return read.size() >= count;
            });
        }
        return read;
    }
}
