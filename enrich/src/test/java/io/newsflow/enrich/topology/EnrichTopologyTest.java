package io.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.engine.PassThroughEnricher;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.SentimentLabel;
import io.newsflow.schemas.fixtures.Records;
import io.newsflow.schemas.registry.InMemorySchemaRegistryClient;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
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

    private TopologyTestDriver driver() {
        var topology = EnrichTopology.build(serdes, new PassThroughEnricher(Clock.fixed(NOW, ZoneOffset.UTC)));
        return new TopologyTestDriver(topology, EnrichTopology.streamsConfig("enrich-test", "unused:9092", stateDir));
    }
}
