package io.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.engine.PassThroughEnricher;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.fixtures.Records;
import io.newsflow.schemas.registry.InMemorySchemaRegistryClient;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.registry.SchemaRegistryException;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.serde.WireFormat;
import io.newsflow.schemas.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A producer moves to a newer Article schema while enrich still runs the code of this one: records written with
 * v2 (one more optional field) are read into v1 by schema resolution, with no loss in the fields v1 knows; a v3
 * that breaks compatibility is refused when it is registered, so it never reaches the topic.
 */
class SchemaEvolutionTest {

    private static final String SCOPE = "schema-evolution-test";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, RegistryConfig.MOCK_SCHEME + SCOPE));
    private final TopicCatalog topics = new TopicCatalog(serdes);

    @TempDir
    Path stateDir;

    @AfterEach
    void forget() {
        InMemorySchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void shouldEnrichAnArticleWrittenWithANewerSchemaKeepingEveryFieldItKnows() throws Exception {
        Article v1 = Records.article("evolved-1");
        // enrich's own schema is registered first, as a running v1 producer would have done
        byte[] v1Bytes = serdes.article().serializer().serialize(topics.articlesRaw().name(), Records.article("v1-first"));
        Schema v2 = withField(Article.getClassSchema(), JSON.createObjectNode().put("name", "wordCount")
                .set("type", JSON.createArrayNode().add("null").add("int")), true);
        GenericRecord record = new GenericData.Record(v2);
        for (Schema.Field field : Article.getClassSchema().getFields()) {
            record.put(field.name(), toGeneric(v1.get(field.pos())));
        }
        record.put("wordCount", 421);
        byte[] bytes = serdes.generic().serializer().serialize(topics.articlesRaw().name(), record);
        assertThat(WireFormat.schemaId(topics.articlesRaw().name(), bytes))
                .as("written with v2, registered as a new version").isNotEqualTo(WireFormat.schemaId(topics.articlesRaw().name(), v1Bytes));

        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(serdes, new PassThroughEnricher(Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC)),
                EnrichTopology.streamsConfig("schema-evolution-test", "unused:9092", stateDir))) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(topics.articlesRaw().name(), serdes.key().serializer(),
                    new ByteArraySerializer());
            TestOutputTopic<String, EnrichedArticle> enriched = driver.createOutputTopic(topics.articlesEnriched().name(),
                    serdes.key().deserializer(), serdes.enrichedArticle().deserializer());

            raw.pipeInput(v1.getId(), bytes);

            assertThat(enriched.readValue().getArticle()).isEqualTo(v1);
            assertThat(enriched.isEmpty()).isTrue();
            assertThat(driver.createOutputTopic(topics.enrichDlq().name(), serdes.key().deserializer(),
                    serdes.rejected().deserializer()).isEmpty()).isTrue();
        }
    }

    @Test
    void shouldRefuseAnIncompatibleSchemaAtRegistration() throws Exception {
        serdes.article().serializer().serialize(topics.articlesRaw().name(), Records.article("v1-first"));
        // a new required field without a default: v1 records could no longer be read with it
        Schema v3 = withField(Article.getClassSchema(), JSON.createObjectNode().put("name", "region").put("type", "string"), false);

        assertThatThrownBy(() -> serdes.registry().register(topics.articlesRaw().name() + "-value", v3))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("incompatible");
    }

    /** The record schema with one more field (given as Avro JSON), with a null default when {@code optional}. */
    private static Schema withField(Schema schema, ObjectNode field, boolean optional) throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(schema.toString());
        if (optional) {
            field.putNull("default");
        }
        ((ArrayNode) json.get("fields")).add(field);
        return new Schema.Parser().parse(json.toString());
    }

    /** Values of a generated record as a generic record holds them (timestamps as epoch millis). */
    private static Object toGeneric(Object value) {
        return value instanceof Instant instant ? instant.toEpochMilli() : value;
    }
}
