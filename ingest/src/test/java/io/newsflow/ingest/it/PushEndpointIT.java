package io.newsflow.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.http.PushServer;
import io.newsflow.ingest.http.PushServerConfig;
import io.newsflow.schemas.fixtures.CatalogTopics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.SharedStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The push endpoint against a real broker and registry: what it acknowledges is in Kafka. */
class PushEndpointIT {

    private static final String TOKEN = "s3cret-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static IngestService service;
    private static PushServer server;
    private static TopicCatalog topics;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
        stack.ensureTopics(CatalogTopics.specs());
        topics = new TopicCatalog(NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl())));
        IngestConfig config = IngestConfig.load(Optional.empty(), Map.of(), Map.of("bootstrap.servers", stack.bootstrapServers(),
                "schema.registry.url", stack.registryUrl()));
        service = IngestService.start(config, Clock.systemUTC());
        server = PushServer.start(PushServerConfig.onPort(0).withBearerToken(TOKEN).withMaxBodyBytes(64 * 1024),
                service.ingestion(), input -> service.readers().choose(Optional.empty(), input));
    }

    @AfterAll
    static void stop() {
        server.close();
        service.close();
    }

    @Test
    void shouldAnswer202WithIdsThatAreInKafkaAndNotPublishThemTwice() throws Exception {
        String body = "[{\"title\":\"Pushed one\",\"body\":\"First pushed body.\",\"url\":\"https://push.example.org/1-" + System.nanoTime()
                + "\"},{\"title\":\"Pushed two\",\"body\":\"Second pushed body.\",\"source\":\"Pusher\"}]";
        try (TopicReader<Article> raw = new TopicReader<>(stack.bootstrapServers(), TopicCatalog.ARTICLES_RAW,
                topics.articlesRaw().valueSerde().deserializer())) {
            var mark = raw.mark();

            HttpResponse<String> first = post(body, TOKEN);
            HttpResponse<String> again = post(body, TOKEN);

            assertThat(first.statusCode()).isEqualTo(202);
            List<String> ids = ids(first.body(), "published");
            assertThat(ids).hasSize(2);
            List<ConsumerRecord<String, Article>> records = raw.since(mark);
            assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(again.statusCode()).isEqualTo(202);
            assertThat(ids(again.body(), "duplicates")).containsExactlyElementsOf(ids);
            assertThat(ids(again.body(), "published")).isEmpty();
        }
    }

    @Test
    void shouldAnswer400AndKeepTheBrokenBodyInTheRejectedTopic() throws Exception {
        String broken = "{\"title\": \"never closed " + System.nanoTime();
        try (TopicReader<Rejected> rejected = new TopicReader<>(stack.bootstrapServers(), TopicCatalog.ARTICLES_REJECTED,
                topics.articlesRejected().valueSerde().deserializer())) {
            var mark = rejected.mark();

            HttpResponse<String> response = post(broken, TOKEN);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("rejected").get(0).path("reason").asText()).isNotBlank();
            List<ConsumerRecord<String, Rejected>> records = rejected.since(mark);
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(StandardCharsets.UTF_8.decode(r.value().getPayload()).toString()).isEqualTo(broken);
                assertThat(r.value().getTopic()).startsWith("http:");
            });
        }
    }

    @Test
    void shouldRefuseMissingOrWrongTokensAndOversizedBodies() throws Exception {
        assertThat(post("{}", null).statusCode()).isEqualTo(401);
        assertThat(post("{}", "wrong").statusCode()).isEqualTo(403);
        String huge = "{\"title\":\"t\",\"body\":\"" + "x".repeat(70 * 1024) + "\"}";
        assertThat(post(huge, TOKEN).statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(String json, String field) throws Exception {
        JsonNode node = JSON.readTree(json).path(field);
        return java.util.stream.StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
    }
}
