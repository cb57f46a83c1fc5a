package io.newsflow.sink.http;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.ops.Health;
import io.newsflow.schemas.ops.ServiceMetrics;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private DashboardServer server;

    @BeforeEach
    void start() throws Exception {
        DashboardData data = new DashboardData() {
            @Override
            public ObjectNode latestArticles(int limit) {
                throwIfFailing();
                ObjectNode article = JsonNodeFactory.instance.objectNode().put("id", "a-1")
                        .put("title", "<script>alert(1)</script>").put("limit", limit);
                ObjectNode result = JsonNodeFactory.instance.objectNode();
                result.putArray("articles").add(article);
                return result;
            }

            @Override
            public ObjectNode topEntities() {
                throwIfFailing();
                return JsonNodeFactory.instance.objectNode().putNull("windowStart");
            }

            @Override
            public ObjectNode tone() {
                throwIfFailing();
                return JsonNodeFactory.instance.objectNode().putNull("windowStart");
            }
        };
        server = DashboardServer.start("127.0.0.1", 0, data, ServiceMetrics.create("sink"),
                () -> new Health(true, true, java.util.Map.of("state", "RUNNING")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldServeThePageItsFilesAndTheApiWithTheirTypesAndSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/app.js");
        HttpResponse<String> map = get("/countries-110m.json");
        HttpResponse<String> articles = get("/api/articles?limit=7");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).isEqualTo(resource("index.html"));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(articles.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(articles.body()).get("articles").get(0).get("title").asText()).isEqualTo("<script>alert(1)</script>");
        assertThat(JSON.readTree(articles.body()).get("articles").get(0).get("limit").asInt()).isEqualTo(7);
        assertThat(JSON.readTree(get("/health").body()).get("status").asText()).isEqualTo("UP");
        assertThat(get("/metrics").body()).contains("jvm_memory_used_bytes").contains("service=\"sink\"");
    }

    @Test
    void shouldRefuseWritesUnknownFilesAndPathsOutsideThePage() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(get("/missing.js").statusCode()).isEqualTo(404);
        assertThat(get("/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
        assertThat(get("/io/newsflow/sink/http/DashboardServer.class").statusCode()).isEqualTo(404);
        assertThat(get("/missing.js").body()).doesNotContain("Exception").contains("no such page");
    }

    @Test
    void shouldAnswer503WithoutAStackTraceWhileTheStoresAreNotQueryable() throws Exception {
        failure.set(new InvalidStateStoreException("rebalancing"));

        HttpResponse<String> answer = get("/api/tone");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("not queryable yet").doesNotContain("InvalidStateStoreException");
    }

    @Test
    void shouldStreamUpdatesAsServerSentEvents() throws Exception {
        HttpResponse<InputStream> events = client.send(HttpRequest.newBuilder(uri("/api/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(events.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        StringBuilder received = new StringBuilder();
        try (InputStream in = events.body()) {
            // up to the blank line that ends the first update event
            while (received.indexOf("event: update") < 0 || received.indexOf("\n\n", received.indexOf("event: update")) < 0) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                received.append((char) b);
            }
        }
        assertThat(received.toString()).contains("event: update\ndata: {\"articles\":[{\"id\":\"a-1\"");
    }

    private void throwIfFailing() {
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = DashboardServerTest.class.getClassLoader().getResourceAsStream("io/newsflow/sink/dashboard/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
