package io.newsflow.ingest.http;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.pipeline.IngestException;
import io.newsflow.ingest.pipeline.Outcome;
import io.newsflow.ingest.pipeline.Outcome.Rejection;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import io.newsflow.ingest.reader.Item;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PushServerTest {

    private static final String TOKEN = "push-token-7f3a9c";
    private static final int LIMIT = 1024;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The server never parses articles, so the reader only has to be recognisable. */
    private static final ArticleReader READER = new ArticleReader() {
        @Override
        public String format() {
            return "test";
        }

        @Override
        public List<Item> read(Input input) {
            return List.of();
        }
    };

    private final FakeIngestion ingestion = new FakeIngestion();
    private final List<Input> readerRequests = new CopyOnWriteArrayList<>();
    private PushServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void shouldAnswer202WithWhatBecameOfEachItem() throws Exception {
        start(config());
        ingestion.answerWith(new Outcome(List.of("a1", "a2"), List.of("d1"), List.of(new Rejection(3, "no title"))));

        HttpResponse<String> response = send(post("{\"title\":\"x\"}"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response)).isEqualTo(JSON.readTree(
                "{\"published\":[\"a1\",\"a2\"],\"duplicates\":[\"d1\"],\"rejected\":[{\"item\":3,\"reason\":\"no title\"}]}"));
    }

    @Test
    void shouldAnswer202WhenEveryArticleWasADuplicate() throws Exception {
        start(config());
        ingestion.answerWith(new Outcome(List.of(), List.of("d1"), List.of()));

        assertThat(send(post("{}")).statusCode()).isEqualTo(202);
    }

    @Test
    void shouldAnswer400WithTheRejectionsWhenEveryItemWasRejected() throws Exception {
        start(config());
        ingestion.answerWith(new Outcome(List.of(), List.of(), List.of(new Rejection(0, "bad"), new Rejection(1, "worse"))));

        HttpResponse<String> response = send(post("x\ny\n"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("published")).isEmpty();
        assertThat(body.get("duplicates")).isEmpty();
        assertThat(body.get("rejected")).hasSize(2);
        assertThat(body.get("rejected").get(1).get("reason").asText()).isEqualTo("worse");
        assertThat(body.get("error").asText()).contains("rejected");
    }

    @Test
    void shouldAnswer400WhenTheBodyHeldNoArticles() throws Exception {
        start(config());
        ingestion.answerWith(new Outcome(List.of(), List.of(), List.of()));

        HttpResponse<String> response = send(post("[]"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("no articles found in body");
    }

    @Test
    void shouldAnswer400WithoutIngestingAnEmptyOrBlankBody() throws Exception {
        start(config());

        HttpResponse<String> empty = send(request("/articles").POST(BodyPublishers.noBody()));
        HttpResponse<String> blank = send(post(" \r\n\t\n"));

        assertThat(List.of(empty, blank)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response)).isEqualTo(JSON.readTree("{\"error\":\"empty body\"}"));
        });
        assertThat(ingestion.calls()).isEmpty();
    }

    @Test
    void shouldHandIngestionTheExactBytesSentWithTheClientAddressAndDefaultSource() throws Exception {
        start(config().withDefaultSource("wire-push"));
        byte[] bytes = {'{', 0, (byte) 0xFF, (byte) 0xC3, (byte) 0xA9, '\r', '\n', ' ', '}'};

        send(request("/articles").POST(BodyPublishers.ofByteArray(bytes)));

        assertThat(ingestion.calls()).singleElement().satisfies(call -> {
            assertThat(call.input().bytes()).isEqualTo(bytes);
            assertThat(call.input().name()).isEqualTo("http:127.0.0.1");
            assertThat(call.input().defaultSource()).isEqualTo("wire-push");
            assertThat(call.reader()).isSameAs(READER);
        });
        assertThat(readerRequests).singleElement().isSameAs(ingestion.calls().get(0).input());
    }

    @Test
    void shouldReadAChunkedBodyWithinTheLimit() throws Exception {
        start(config());
        byte[] bytes = "x".repeat(LIMIT).getBytes(UTF_8);

        HttpResponse<String> response = send(request("/articles")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(ingestion.calls()).singleElement().satisfies(call -> assertThat(call.input().bytes()).isEqualTo(bytes));
    }

    @Test
    void shouldAnswer401WithAChallengeWhenNoBearerTokenIsSent() throws Exception {
        start(config().withBearerToken(TOKEN));

        HttpResponse<String> missing = send(post("{}"));
        HttpResponse<String> otherScheme = send(post("{}").header("Authorization", "Basic " + TOKEN));

        assertThat(List.of(missing, otherScheme)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        });
        assertThat(ingestion.calls()).isEmpty();
    }

    @Test
    void shouldAnswer403WhenTheBearerTokenIsWrong() throws Exception {
        start(config().withBearerToken(TOKEN));

        HttpResponse<String> wrong = send(post("{}").header("Authorization", "Bearer nope"));
        HttpResponse<String> prefix = send(post("{}").header("Authorization", "Bearer " + TOKEN.substring(0, 5)));

        assertThat(List.of(wrong, prefix)).extracting(HttpResponse::statusCode).containsOnly(403);
        assertThat(ingestion.calls()).isEmpty();
    }

    @Test
    void shouldAcceptTheRightBearerTokenWhateverTheSchemeCase() throws Exception {
        start(config().withBearerToken(TOKEN));

        HttpResponse<String> canonical = send(post("{}").header("Authorization", "Bearer " + TOKEN));
        HttpResponse<String> lowerCase = send(post("{}").header("Authorization", "bearer " + TOKEN));

        assertThat(List.of(canonical, lowerCase)).extracting(HttpResponse::statusCode).containsOnly(202);
        assertThat(ingestion.calls()).hasSize(2);
    }

    @Test
    void shouldNotAskForATokenWhenNoneIsConfigured() throws Exception {
        start(config());

        HttpResponse<String> without = send(post("{}"));
        HttpResponse<String> withAny = send(post("{}").header("Authorization", "Bearer whatever"));

        assertThat(List.of(without, withAny)).extracting(HttpResponse::statusCode).containsOnly(202);
    }

    @Test
    void shouldAcceptABodyOfExactlyTheLimit() throws Exception {
        start(config());

        assertThat(send(post("x".repeat(LIMIT))).statusCode()).isEqualTo(202);
    }

    @Test
    void shouldAnswer413WhenContentLengthExceedsTheLimit() throws Exception {
        start(config());

        HttpResponse<String> response = send(post("x".repeat(LIMIT + 1)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).contains(String.valueOf(LIMIT));
        assertThat(ingestion.calls()).isEmpty();
    }

    @Test
    void shouldAnswer413FromContentLengthBeforeAnyOfTheBodyArrives() throws Exception {
        start(config());

        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + 10 * LIMIT + "\r\n\r\n")
                    .getBytes(US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), US_ASCII)).readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
        assertThat(ingestion.calls()).isEmpty();
    }

    @Test
    void shouldAnswer413WhenAChunkedBodyGrowsPastTheLimit() throws Exception {
        start(config());
        byte[] bytes = new byte[8 * LIMIT];

        HttpResponse<String> response = send(request("/articles")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(ingestion.calls()).isEmpty();
    }

    @Test
    void shouldAnswer405WithAllowForOtherMethods() throws Exception {
        start(config());

        HttpResponse<String> get = send(request("/articles").GET());
        HttpResponse<String> put = send(request("/articles").PUT(BodyPublishers.ofString("{}")));
        HttpResponse<String> postHealth = send(request("/health").POST(BodyPublishers.ofString("{}")));

        assertThat(List.of(get, put)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        });
        assertThat(postHealth.statusCode()).isEqualTo(405);
        assertThat(postHealth.headers().firstValue("Allow")).hasValue("GET");
        assertThat(ingestion.calls()).isEmpty();
    }

    @Test
    void shouldAnswer404ForOtherPaths() throws Exception {
        start(config());

        List<HttpResponse<String>> responses = List.of(send(request("/").GET()), send(request("/nope").GET()),
                send(request("/articles/1").POST(BodyPublishers.ofString("{}"))),
                send(request("/articlesX").POST(BodyPublishers.ofString("{}"))));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).get("error").asText()).startsWith("not found");
        });
        assertThat(ingestion.calls()).isEmpty();
    }

    @Test
    void shouldAnswer429WithRetryAfterToAClientOverItsRateBeforeCheckingItsToken() throws Exception {
        start(config().withBearerToken(TOKEN).withRateLimit(1)); // bursts of 2

        HttpResponse<String> first = send(post("{}"));
        HttpResponse<String> second = send(post("{}"));
        HttpResponse<String> third = send(post("{}"));

        assertThat(List.of(first.statusCode(), second.statusCode())).containsOnly(401);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(third).get("error").asText()).contains("too many requests");
        assertThat(ingestion.calls()).isEmpty();
    }

    @Test
    void shouldReportHealthWithoutAuth() throws Exception {
        start(config().withBearerToken(TOKEN));

        HttpResponse<String> response = send(request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(JSON.readTree("{\"status\":\"UP\",\"live\":true,\"ready\":true}"));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenKafkaDidNotAcknowledge() throws Exception {
        start(config());
        ingestion.failWith(new IngestException("broker kafka-7:9092 timed out", new TimeoutException()));

        HttpResponse<String> response = send(post("{}"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(json(response).get("error").asText()).contains("retry").doesNotContain("kafka-7");
    }

    @Test
    void shouldAnswer500WithoutDetailsWhenSomethingUnexpectedFails() throws Exception {
        start(config());
        ingestion.failWith(new IllegalStateException("internal detail"));

        HttpResponse<String> response = send(post("{}"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response)).isEqualTo(JSON.readTree("{\"error\":\"internal error\"}"));
    }

    @Test
    void shouldAnswer20ConcurrentRequestsWithAtMostTheWorkerThreadsIngestingAtOnce() throws Exception {
        start(config().withWorkerThreads(4));
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        ingestion.answerWith(input -> {
            inFlight.incrementAndGet();
            awaitQuietly(gate);
            inFlight.decrementAndGet();
            return FakeIngestion.published(input.text());
        });

        List<CompletableFuture<HttpResponse<String>>> pending = IntStream.range(0, 20)
                .mapToObj(i -> CLIENT.sendAsync(post("article-" + i).build(), BodyHandlers.ofString()))
                .toList();
        await().atMost(Duration.ofSeconds(10)).until(() -> inFlight.get() == 4);
        gate.countDown();

        for (int i = 0; i < pending.size(); i++) {
            HttpResponse<String> response = pending.get(i).get(20, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(json(response).get("published").get(0).asText()).isEqualTo("article-" + i);
        }
        assertThat(ingestion.calls()).hasSize(20);
    }

    @Test
    void shouldStopWithinAFewSecondsEvenWithARequestStuckInIngestion() throws Exception {
        start(config());
        CountDownLatch never = new CountDownLatch(1);
        ingestion.answerWith(input -> {
            awaitQuietly(never);
            return FakeIngestion.published("late");
        });
        CLIENT.sendAsync(post("{}").build(), BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(10)).until(() -> ingestion.calls().size() == 1);

        long started = System.nanoTime();
        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThatThrownBy(() -> send(request("/health").GET())).isInstanceOf(ConnectException.class);
    }

    private void start(PushServerConfig config) {
        server = PushServer.start(config, ingestion, input -> {
            readerRequests.add(input);
            return READER;
        });
    }

    private static PushServerConfig config() {
        return PushServerConfig.onPort(0).withMaxBodyBytes(LIMIT);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
    }

    private HttpRequest.Builder post(String body) {
        return request("/articles").POST(BodyPublishers.ofString(body));
    }

    /** Every answer, whatever its status, is JSON. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request.build(), BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Blocks a fake ingestion; close() interrupts it, which ends the wait. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
