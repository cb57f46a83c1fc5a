package io.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.enrich.engine.ArticleEnricher;
import io.newsflow.enrich.engine.NlpEnricher;
import io.newsflow.enrich.engine.PassThroughEnricher;
import io.newsflow.ingest.Samples;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.avro.SentimentLabel;
import io.newsflow.schemas.fixtures.Records;
import io.newsflow.schemas.registry.InMemorySchemaRegistryClient;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.serde.WireFormat;
import io.newsflow.schemas.topics.TopicCatalog;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final String SCOPE = "enrich-topology-test";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, RegistryConfig.MOCK_SCHEME + SCOPE));
    private final TopicCatalog topics = new TopicCatalog(serdes);

    @TempDir
    Path stateDir;

    @AfterEach
    void forget() {
        InMemorySchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void shouldWriteEveryRawArticleToTheEnrichedTopicUnderItsId() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, Article> raw = driver.createInputTopic(topics.articlesRaw().name(),
                    serdes.key().serializer(), serdes.article().serializer());
            TestOutputTopic<String, EnrichedArticle> enriched = driver.createOutputTopic(topics.articlesEnriched().name(),
                    serdes.key().deserializer(), serdes.enrichedArticle().deserializer());

            raw.pipeInput(Records.article("a-1").getId(), Records.article("a-1"));
            raw.pipeInput(Records.article("a-2").getId(), Records.article("a-2"));

            TestRecord<String, EnrichedArticle> first = enriched.readRecord();
            assertThat(first.key()).isEqualTo("a-1");
            assertThat(first.value().getArticle()).isEqualTo(Records.article("a-1"));
            assertThat(first.value().getEntities()).isEmpty();
            assertThat(first.value().getSentiment().getLabel()).isEqualTo(SentimentLabel.NEUTRAL);
            assertThat(first.value().getEnrichment().getEngineVersion()).isEqualTo(PassThroughEnricher.VERSION);
            assertThat(first.value().getEnrichment().getEnrichedAt()).isEqualTo(NOW);
            assertThat(enriched.readRecord().key()).isEqualTo("a-2");
            assertThat(enriched.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldSendUndecodableRecordsToTheDeadLetterTopicAndEnrichTheNextOne() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, byte[]> bytes = driver.createInputTopic(topics.articlesRaw().name(),
                    serdes.key().serializer(), new ByteArraySerializer());
            byte[] wrongMagic = {1, 0, 0, 0, 1, 2, 3};
            byte[] unknownId = WireFormat.frame(987_654, new byte[] {2, 'x'});
            byte[] good = serdes.article().serializer().serialize(topics.articlesRaw().name(), Records.article("a-3"));
            byte[] corrupt = java.util.Arrays.copyOf(good, good.length - 40);

            bytes.pipeInput("k-1", wrongMagic);
            bytes.pipeInput("k-2", unknownId);
            bytes.pipeInput("k-3", corrupt);
            bytes.pipeInput("k-4", (byte[]) null);
            bytes.pipeInput("a-3", good);

            TestOutputTopic<String, Rejected> dlq = dlq(driver);
            List<TestRecord<String, Rejected>> dead = dlq.readRecordsToList();
            assertThat(dead).extracting(TestRecord::key).containsExactly("k-1", "k-2", "k-3", "k-4");
            assertThat(dead.get(0).value().getReason()).startsWith("undecodable record").contains("magic byte");
            assertThat(dead.get(1).value().getReason()).contains("987654");
            assertThat(dead).allSatisfy(r -> {
                assertThat(r.value().getTopic()).isEqualTo(topics.articlesRaw().name());
                assertThat(r.value().getPartition()).isZero();
                assertThat(r.value().getRejectedAt()).isEqualTo(NOW);
            });
            assertThat(dead).extracting(r -> r.value().getOffset()).containsExactly(0L, 1L, 2L, 3L);
            assertThat(bytesOf(dead.get(0).value().getPayload())).isEqualTo(wrongMagic);
            assertThat(bytesOf(dead.get(2).value().getPayload())).isEqualTo(corrupt);
            assertThat(bytesOf(dead.get(0).value().getKey())).isEqualTo("k-1".getBytes(StandardCharsets.UTF_8));
            TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);
            assertThat(enriched.readRecord().key()).isEqualTo("a-3");
            assertThat(enriched.isEmpty()).isTrue();
            assertThat(dlq.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldSendArticlesWhoseEnrichmentThrowsToTheDeadLetterTopicAndGoOn() {
        ArticleEnricher failsOnBoom = new ArticleEnricher() {
            private final PassThroughEnricher passThrough = new PassThroughEnricher(Clock.fixed(NOW, ZoneOffset.UTC));

            @Override
            public EnrichedArticle enrich(Article article) {
                if (article.getTitle().contains("boom")) {
                    throw new IllegalStateException("the engine gave up on " + article.getId());
                }
                return passThrough.enrich(article);
            }

            @Override
            public String version() {
                return "test";
            }
        };
        try (TopologyTestDriver driver = driver(failsOnBoom)) {
            TestInputTopic<String, Article> raw = rawTopic(driver);
            Article boom = Article.newBuilder(Records.article("b-1")).setTitle("boom").build();

            raw.pipeInput(boom.getId(), boom);
            raw.pipeInput("a-4", Records.article("a-4"));

            TestOutputTopic<String, Rejected> dlq = dlq(driver);
            Rejected dead = dlq.readValue();
            assertThat(dead.getReason()).isEqualTo("enrichment failed for article b-1: the engine gave up on b-1");
            assertThat(dead.getErrorClass()).isEqualTo(IllegalStateException.class.getName());
            assertThat(serdes.article().deserializer().deserialize("t", bytesOf(dead.getPayload()))).isEqualTo(boom);
            TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);
            assertThat(enriched.readRecord().key()).isEqualTo("a-4");
            assertThat(enriched.isEmpty()).isTrue();
            assertThat(dlq.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldNotDeadLetterARecordWhenTheRegistryIsUnreachableButFailSoThatItIsReadAgain() throws Exception {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        NewsSerdes unreachable = NewsSerdes.create(Map.of(RegistryConfig.URL, "http://127.0.0.1:" + closedPort,
                RegistryConfig.RETRY_TIMEOUT_MS, "0"));
        var topology = EnrichTopology.build(unreachable, new PassThroughEnricher(Clock.fixed(NOW, ZoneOffset.UTC)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        try (TopologyTestDriver driver = new TopologyTestDriver(topology,
                EnrichTopology.streamsConfig("enrich-test", "unused:9092", stateDir))) {
            TestInputTopic<String, byte[]> bytes = driver.createInputTopic(topics.articlesRaw().name(),
                    serdes.key().serializer(), new ByteArraySerializer());
            byte[] good = serdes.article().serializer().serialize(topics.articlesRaw().name(), Records.article("a-5"));

            assertThatThrownBy(() -> bytes.pipeInput("a-5", good)).hasStackTraceContaining("Schema registry unreachable");

            assertThat(dlq(driver).isEmpty()).as("not the record's fault: no dead letter").isTrue();
            assertThat(enriched(driver).isEmpty()).isTrue();
        }
    }

    @Test
    void shouldEnrichAnArticleWithAnEmptyBody() {
        try (TopologyTestDriver driver = driver()) {
            Article empty = Article.newBuilder(Records.article("e-1")).setBody("").build();

            rawTopic(driver).pipeInput(empty.getId(), empty);

            TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);
            assertThat(enriched.readValue().getArticle().getBody()).isEmpty();
            assertThat(enriched.isEmpty()).isTrue();
            assertThat(dlq(driver).isEmpty()).isTrue();
        }
    }

    @Test
    void shouldKeepTheOrderOfEachKeysRecords() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, Article> raw = rawTopic(driver);
            for (int version = 1; version <= 5; version++) {
                raw.pipeInput("same", Article.newBuilder(Records.article("same")).setTitle("version " + version).build());
            }

            TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);
            assertThat(enriched.readValuesToList()).extracting(e -> e.getArticle().getTitle())
                    .containsExactly("version 1", "version 2", "version 3", "version 4", "version 5");
            assertThat(enriched.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldGiveTheSameEnrichedRecordWhenTheSameRawRecordIsReplayed() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Article seed = Samples.articles(clock).get(0);
        try (TopologyTestDriver driver = driver(NlpEnricher.shared(clock))) {
            TestInputTopic<String, Article> raw = rawTopic(driver);

            raw.pipeInput(seed.getId(), seed);
            raw.pipeInput(seed.getId(), seed);

            List<TestRecord<String, EnrichedArticle>> both = enriched(driver).readRecordsToList();
            assertThat(both).extracting(TestRecord::key).containsExactly(seed.getId(), seed.getId());
            assertThat(both.get(0).value().getEntities()).isNotEmpty();
            assertThat(both.get(1).value()).usingRecursiveComparison().ignoringFields("enrichment.tookMicros")
                    .isEqualTo(both.get(0).value());
        }
    }

    private TestInputTopic<String, Article> rawTopic(TopologyTestDriver driver) {
        return driver.createInputTopic(topics.articlesRaw().name(), serdes.key().serializer(), serdes.article().serializer());
    }

    private TestOutputTopic<String, EnrichedArticle> enriched(TopologyTestDriver driver) {
        return driver.createOutputTopic(topics.articlesEnriched().name(), serdes.key().deserializer(),
                serdes.enrichedArticle().deserializer());
    }

    private TestOutputTopic<String, Rejected> dlq(TopologyTestDriver driver) {
        return driver.createOutputTopic(topics.enrichDlq().name(), serdes.key().deserializer(), serdes.rejected().deserializer());
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private TopologyTestDriver driver() {
        return driver(new PassThroughEnricher(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private TopologyTestDriver driver(ArticleEnricher enricher) {
        var topology = EnrichTopology.build(serdes, enricher, Clock.fixed(NOW, ZoneOffset.UTC));
        return new TopologyTestDriver(topology, EnrichTopology.streamsConfig("enrich-test", "unused:9092", stateDir));
    }
}
