package io.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.fixtures.Records;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.serde.SerdeConfig;
import io.newsflow.schemas.serde.WireFormat;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {

    private static final String TOPIC = "news.articles.raw";

    private FakeRegistryServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeRegistryServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldRegisterUnderTheTopicSubjectOnceAndCacheBothWays() {
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, server.url()));

        byte[] first = serdes.article().serializer().serialize(TOPIC, Records.article());
        byte[] second = serdes.article().serializer().serialize(TOPIC, Records.article("other"));
        serdes.article().deserializer().deserialize(TOPIC, first);
        serdes.article().deserializer().deserialize(TOPIC, second);

        assertThat(server.requests()).containsExactly(
                "POST /subjects/news.articles.raw-value/versions",
                "GET /schemas/ids/1");
        assertThat(WireFormat.schemaId(TOPIC, first)).isEqualTo(1);
    }

    @Test
    void shouldRegisterUnderEachTopicsOwnSubjectWhenOneSerializerWritesToSeveralTopics() {
        var serializer = NewsSerdes.create(Map.of(RegistryConfig.URL, server.url())).article().serializer();

        serializer.serialize("first", Records.article());
        serializer.serialize("second", Records.article());
        serializer.serialize("first", Records.article());

        assertThat(server.requests()).containsExactly(
                "POST /subjects/first-value/versions",
                "POST /subjects/second-value/versions");
    }

    @Test
    void shouldSendBasicAuthFromUserInfo() {
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, server.url(),
                RegistryConfig.CREDENTIALS_SOURCE, "USER_INFO", RegistryConfig.USER_INFO, "fred:s3cret"));

        serdes.article().serializer().serialize(TOPIC, Records.article());

        String expected = "Basic " + Base64.getEncoder().encodeToString("fred:s3cret".getBytes());
        assertThat(server.authorizations()).containsExactly(expected);
    }

    @Test
    void shouldSendBasicAuthFromTheUrlWithoutPuttingItInThePath() {
        String url = server.url().replace("http://", "http://ann:pw@");
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, url, RegistryConfig.CREDENTIALS_SOURCE, "URL"));

        serdes.article().serializer().serialize(TOPIC, Records.article());

        assertThat(server.authorizations()).containsExactly("Basic " + Base64.getEncoder().encodeToString("ann:pw".getBytes()));
    }

    @Test
    void shouldMapRegistryErrorsToStatusAndConfluentErrorCode() {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryConfig.from(Map.of(RegistryConfig.URL, server.url())));

        assertThatThrownBy(() -> client.schemaById(77))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(40403);
                    assertThat(e.isNotFound()).isTrue();
                })
                .hasMessageContaining("/schemas/ids/77");
    }

    @Test
    void shouldFailSerializationWithTheSubjectWhenTheRegistryIsDown() {
        String deadUrl = server.url();
        server.close();
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, deadUrl, RegistryConfig.RETRY_TIMEOUT_MS, "0"));

        assertThatThrownBy(() -> serdes.article().serializer().serialize(TOPIC, Records.article()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news.articles.raw-value")
                .hasMessageContaining("unreachable");
    }

    @Test
    void shouldFailDeserializationWithTopicAndIdWhenTheRegistryIsDown() {
        String deadUrl = server.url();
        server.close();
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, deadUrl, RegistryConfig.RETRY_TIMEOUT_MS, "0"));

        assertThatThrownBy(() -> serdes.article().deserializer().deserialize(TOPIC, WireFormat.frame(9, new byte[] {0})))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 9")
                .hasMessageContaining(TOPIC);
    }

    @Test
    void shouldFailSerializationWhenTheRegistryAnswersAnError() {
        server.failWith(500);
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, server.url()));

        assertThatThrownBy(() -> serdes.article().serializer().serialize(TOPIC, Records.article()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("injected failure");
    }

    @Test
    void shouldAskAgainWhileTheRegistryIsUnavailableAndGoOnWhenItIsBack() {
        server.failWith(503);
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryConfig.from(Map.of(RegistryConfig.URL, server.url())));
        java.util.concurrent.CompletableFuture<Integer> id = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> client.register(TOPIC + "-value", Article.getClassSchema()));

        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> server.requests().size() >= 2);
        assertThat(id).isNotDone();
        server.failWith(0);

        assertThat(id).succeedsWithin(java.time.Duration.ofSeconds(10)).isEqualTo(1);
    }

    @Test
    void shouldGiveUpOnAnUnreachableRegistryAfterTheRetryTimeoutNamingTheAttempts() {
        String deadUrl = server.url();
        server.close();
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryConfig.from(Map.of(RegistryConfig.URL, deadUrl,
                RegistryConfig.RETRY_TIMEOUT_MS, "700")));

        assertThatThrownBy(() -> client.schemaById(3))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.isTransient()).isTrue())
                .hasMessageContaining("Schema registry unreachable at [" + deadUrl + "]: ConnectException")
                .hasMessageContaining("attempts over 700 ms");
    }

    @Test
    void shouldNotAskAgainWhenTheAnswerIsAnErrorThatWillNotPass() {
        server.failWith(500);
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryConfig.from(Map.of(RegistryConfig.URL, server.url())));

        assertThatThrownBy(() -> client.schemaById(3)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.isTransient()).isFalse());
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void shouldTryTheNextUrlWhenOneIsUnreachable() throws Exception {
        String dead;
        try (FakeRegistryServer gone = new FakeRegistryServer()) {
            dead = gone.url();
        }
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, dead + "," + server.url()));

        byte[] bytes = serdes.article().serializer().serialize(TOPIC, Records.article());

        assertThat(serdes.article().deserializer().deserialize(TOPIC, bytes)).isEqualTo(Records.article());
    }

    @Test
    void shouldLookUpInsteadOfRegisteringWhenAutoRegisterIsOff() {
        Map<String, Object> configs = new HashMap<>(Map.of(RegistryConfig.URL, server.url()));
        configs.put(SerdeConfig.AUTO_REGISTER, "false");
        NewsSerdes lookupOnly = NewsSerdes.create(configs);

        assertThatThrownBy(() -> lookupOnly.rejected().serializer().serialize("dlq", Records.rejected()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("dlq-value")
                .hasMessageContaining("40403");

        NewsSerdes.create(Map.of(RegistryConfig.URL, server.url())).rejected().serializer().serialize("dlq", Records.rejected());
        byte[] bytes = NewsSerdes.create(configs).rejected().serializer().serialize("dlq", Records.rejected());

        assertThat(server.requests()).contains("POST /subjects/dlq-value");
        Rejected back = lookupOnly.rejected().deserializer().deserialize("dlq", bytes);
        assertThat(back).isEqualTo(Records.rejected());
    }

    @Test
    void shouldWriteWithTheLatestRegisteredSchemaWhenAsked() {
        org.apache.avro.Schema latest = org.apache.avro.SchemaBuilder.record("Article").namespace("io.newsflow.schemas.avro")
                .fields().requiredString("id").requiredString("title").endRecord();
        new RestSchemaRegistryClient(RegistryConfig.from(Map.of(RegistryConfig.URL, server.url())))
                .register(TOPIC + "-value", latest);
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, server.url(),
                SerdeConfig.AUTO_REGISTER, "false", SerdeConfig.USE_LATEST_VERSION, "true"));

        byte[] bytes = serdes.article().serializer().serialize(TOPIC, Records.article());

        var generic = serdes.generic().deserializer().deserialize(TOPIC, bytes);
        assertThat(generic.getSchema().getFields()).hasSize(2);
        assertThat(generic.get("title")).hasToString(Records.article().getTitle());
        assertThat(WireFormat.schemaId(TOPIC, bytes)).isEqualTo(1);
    }
}
