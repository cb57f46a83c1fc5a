package io.newsflow.ingest.hostile;

import static io.newsflow.ingest.hostile.HostileExpectations.FILES;
import static io.newsflow.ingest.hostile.HostileExpectations.PUSH_BUGS;
import static io.newsflow.ingest.hostile.HostileExpectations.unlessKnownBug;
import static io.newsflow.ingest.hostile.HostileExpectations.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.hostile.HostileCorpus.Accepted;
import io.newsflow.ingest.hostile.HostileCorpus.Processed;
import io.newsflow.ingest.http.PushServer;
import io.newsflow.ingest.http.PushServerConfig;
import io.newsflow.ingest.pipeline.Ingestion;
import io.newsflow.ingest.pipeline.Outcome;
import io.newsflow.ingest.reader.ArticleNormalizer;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import io.newsflow.ingest.reader.Readers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile corpus file POSTed to the push endpoint, served as {@code ./newsflow ingest serve} serves it (readers
 * chosen by {@code Readers.choose} on the body, the default 5 MB body limit) over an in-memory ingestion that reads and
 * normalises like {@code KafkaIngestion}. Every answer is 202, 400 with an {@code error}, or 413; never 500, never a
 * stack trace; and the server still answers {@code /health} afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostilePushTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STACK_TRACE = Pattern.compile("Exception|\\bat (?:io|java|javax|jdk|sun|com|org)\\.|\\tat ");
    private static final int MAX_BODY_BYTES = PushServerConfig.DEFAULT_MAX_BODY_BYTES;

    private static final CorpusIngestion INGESTION = new CorpusIngestion();
    private static PushServer server;

    @BeforeAll
    static void startServer() {
        Readers readers = new Readers(HostileCorpus.CLOCK);
        // as ServeCommand wires it; the rate limit is off because this suite sends ~130 bodies in a few seconds
        server = PushServer.start(PushServerConfig.onPort(0).withRateLimit(0), INGESTION,
                input -> readers.choose(Optional.empty(), input));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    static List<String> corpusFiles() {
        return HostileCorpus.fileNames();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void shouldAnswerEveryCorpusBodyWith202Or400AndNeverAStackTrace(String file) throws Throwable {
        byte[] body = HostileCorpus.bytes(file);
        INGESTION.forget();

        HttpResponse<String> response = post(body);

        unlessKnownBug(PUSH_BUGS.get(file), () -> {
            JsonNode answer = assertWellFormedAnswer(response);
            assertThat(response.statusCode()).as("status for %s: %s", file, response.body())
                    .isEqualTo(HostileExpectations.pushStatus(file));
            if (body.length == 0 || isAsciiBlank(body)) {
                assertThat(answer.get("error").asText()).isEqualTo("empty body");
                return;
            }
            Processed read = INGESTION.last();
            assertThat(read.input().bytes()).as("the bytes ingestion was given").isEqualTo(body);
            assertThat(itemCount(answer)).as("every item of %s is answered for: %s", file, response.body())
                    .isEqualTo(read.results().size());
            if (!HostileExpectations.PUSH_STATUS_OVERRIDES.containsKey(file)) {
                assertThat(answer.get("published")).as("published by %s", file).hasSize((int) FILES.get(file).articles());
            }
        });
    }

    @Order(2)
    @Test
    void shouldAnswer413ForATenMegabyteBody() throws Exception {
        byte[] huge = HostileCorpus.articleWithBody(10 * 1024 * 1024);

        HttpResponse<String> response = post(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(assertWellFormedAnswer(response).get("error").asText()).contains(String.valueOf(MAX_BODY_BYTES));
    }

    @Order(3)
    @Test
    void shouldAnswer400NamingTheLimitForABodyUnderTheByteLimitButOverTheCharacterLimit() throws Exception {
        byte[] long3Mb = HostileCorpus.articleWithBody(3 * 1024 * 1024);

        HttpResponse<String> response = post(long3Mb);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = assertWellFormedAnswer(response);
        assertThat(answer.get("rejected")).singleElement().satisfies(rejection -> assertThat(rejection.get("reason").asText())
                .contains("more than the limit of " + ArticleNormalizer.DEFAULT_MAX_BODY_CHARS));
    }

    @Order(4)
    @Test
    void shouldAnswer400ForAHundredThousandNestedArraysAndObjects() throws Exception {
        for (byte[] nested : List.of(HostileCorpus.nestedArrays(100_000), HostileCorpus.nestedObjects(100_000))) {
            HttpResponse<String> response = post(nested);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(assertWellFormedAnswer(response).get("rejected")).singleElement()
                    .satisfies(rejection -> assertThat(rejection.get("reason").asText()).contains("nesting depth"));
        }
    }

    @Order(5)
    @Test
    void shouldAnswer202ForFortyThousandJsonLinesNamingEachBrokenOne() throws Exception {
        int lines = 40_000;
        int brokenEvery = 97;
        byte[] body = HostileCorpus.manyJsonLines(lines, brokenEvery);
        assertThat(body.length).isLessThan(MAX_BODY_BYTES);

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = assertWellFormedAnswer(response);
        int broken = HostileCorpus.brokenLines(lines, brokenEvery);
        assertThat(answer.get("published")).hasSize(lines - broken);
        List<Integer> rejectedItems = new ArrayList<>();
        answer.get("rejected").forEach(rejection -> rejectedItems.add(rejection.get("item").asInt()));
        assertThat(rejectedItems).containsExactlyElementsOf(
                IntStream.rangeClosed(1, broken).map(n -> n * brokenEvery - 1).boxed().toList());
    }

    @Order(Integer.MAX_VALUE)
    @Test
    void shouldStillAnswerHealthAfterEveryHostileBody() throws Exception {
        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(10)).GET().build(),
                BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("live").asBoolean()).isTrue();
        assertThat(post("{\"title\":\"Still here\",\"body\":\"The endpoint survived.\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(202);
    }

    /** 202, 400 or 413 with a JSON object that carries no stack trace, and readable reasons for whatever was refused. */
    private static JsonNode assertWellFormedAnswer(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as("status, body %s", response.body()).isIn(202, 400, 413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(STACK_TRACE.matcher(response.body()).find()).as("stack trace text in %s", response.body()).isFalse();
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.isObject()).isTrue();
        if (response.statusCode() != 202) {
            assertThat(answer.path("error").isTextual()).as("error in %s", response.body()).isTrue();
            assertThat(unreadable(answer.get("error").asText())).as("error \"%s\"", answer.get("error").asText()).isNull();
        }
        for (JsonNode rejection : answer.path("rejected")) {
            assertThat(rejection.path("item").isInt()).as("item of %s", rejection).isTrue();
            assertThat(unreadable(rejection.path("reason").asText(null))).as("reason in %s", rejection).isNull();
        }
        if (response.statusCode() == 202) {
            assertThat(answer.get("published").size() + answer.get("duplicates").size()).as("usable items").isPositive();
        }
        return answer;
    }

    private static int itemCount(JsonNode answer) {
        return answer.path("published").size() + answer.path("duplicates").size() + answer.path("rejected").size();
    }

    private static boolean isAsciiBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/articles")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/octet-stream")
                .POST(BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /**
     * The ingestion contract without Kafka: the reader the server chose, then the normaliser, as
     * {@code KafkaIngestion.prepare} does (only {@code InvalidArticleException} is a rejection; anything else escapes
     * to the server, as it would in production). No de-duplication, so each body's answer is its own.
     */
    private static final class CorpusIngestion implements Ingestion {

        private final ArticleNormalizer normalizer = new ArticleNormalizer(ArticleNormalizer.DEFAULT_MAX_BODY_CHARS);
        private final AtomicReference<Processed> last = new AtomicReference<>();

        @Override
        public Outcome ingest(Input input, ArticleReader reader) {
            Processed processed = HostileCorpus.process(reader, normalizer, input);
            last.set(processed);
            List<String> published = processed.accepted().stream().map(Accepted::article).map(a -> a.getId()).toList();
            List<Outcome.Rejection> rejected = new ArrayList<>();
            for (int i = 0; i < processed.results().size(); i++) {
                if (processed.results().get(i) instanceof HostileCorpus.Refused refused) {
                    rejected.add(new Outcome.Rejection(i, refused.reason()));
                }
            }
            return new Outcome(published, List.of(), rejected);
        }

        Processed last() {
            return last.get();
        }

        void forget() {
            last.set(null);
        }
    }
}
