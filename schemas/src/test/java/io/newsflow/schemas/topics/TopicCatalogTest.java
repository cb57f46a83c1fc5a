package io.newsflow.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.registry.InMemorySchemaRegistryClient;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import java.util.Map;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TopicCatalogTest {

    private static final String SCOPE = "catalog-test";

    private final TopicCatalog catalog = new TopicCatalog(
            NewsSerdes.create(Map.of(RegistryConfig.URL, RegistryConfig.MOCK_SCHEME + SCOPE)));

    @AfterEach
    void forget() {
        InMemorySchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void shouldNameEveryTopicOfThePipeline() {
        assertThat(catalog.all()).extracting(Topic::name).containsExactly(
                "news.articles.raw", "news.articles.rejected", "news.articles.enriched", "news.enrich.dlq",
                "news.entities", "news.locations", "news.trends.entities", "news.tone.by-country", "news.alerts",
                "news.ingest.seen");
        assertThat(TopicCatalog.definitions()).extracting(TopicDefinition::name)
                .containsExactlyElementsOf(catalog.all().stream().map(Topic::name).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldBindEachTopicToTheSerdeOfItsValueType() throws Exception {
        for (Topic<String, ?> topic : catalog.all()) {
            Class<?> type = topic.definition().valueType();
            var serde = (org.apache.kafka.common.serialization.Serde<Object>) topic.valueSerde();
            Object sample = io.newsflow.schemas.fixtures.RecordsByType.of(type);

            byte[] bytes = serde.serializer().serialize(topic.name(), sample);

            assertThat(serde.deserializer().deserialize(topic.name(), bytes)).as(topic.name()).isEqualTo(sample);
            assertThat(((SpecificRecord) sample).getSchema()).isEqualTo(SpecificData.get().getSchema(type));
        }
    }

    @Test
    void shouldKeepDeadLettersForThirtyDays() {
        assertThat(TopicCatalog.definition(TopicCatalog.ENRICH_DLQ).configs()).containsEntry("retention.ms", "2592000000");
        assertThat(TopicCatalog.definition(TopicCatalog.ARTICLES_REJECTED).configs()).containsEntry("retention.ms", "2592000000");
    }

    @Test
    void shouldKeepTheSeenSetForNinetyDays() {
        assertThat(TopicCatalog.definition(TopicCatalog.INGEST_SEEN).configs()).containsEntry("retention.ms", "7776000000");
    }

    @Test
    void shouldRefuseAnUnknownTopicName() {
        assertThatThrownBy(() -> TopicCatalog.definition("news.nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("news.nope");
        assertThat(catalog.byName("news.nope")).isEmpty();
        assertThat(catalog.byName("news.alerts")).isPresent();
    }
}
