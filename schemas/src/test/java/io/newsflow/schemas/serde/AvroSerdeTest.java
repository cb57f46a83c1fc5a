package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.fixtures.Records;
import io.newsflow.schemas.registry.InMemorySchemaRegistryClient;
import io.newsflow.schemas.registry.RegistryConfig;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSerdeTest {

    private static final String SCOPE = "avro-serde-test";
    private static final String TOPIC = "news.articles.raw";

    private final NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, RegistryConfig.MOCK_SCHEME + SCOPE));

    @AfterEach
    void forgetSchemas() {
        InMemorySchemaRegistryClient.dropScope(SCOPE);
    }

    static Stream<Arguments> everyRecordType() {
        return Stream.of(
                Arguments.of("Article", Records.article(), (Function<NewsSerdes, AvroSerde<?>>) NewsSerdes::article),
                Arguments.of("EnrichedArticle", Records.enrichedArticle(), (Function<NewsSerdes, AvroSerde<?>>) NewsSerdes::enrichedArticle),
                Arguments.of("Rejected", Records.rejected(), (Function<NewsSerdes, AvroSerde<?>>) NewsSerdes::rejected),
                Arguments.of("EntityMention", Records.entityMention(), (Function<NewsSerdes, AvroSerde<?>>) NewsSerdes::entityMention),
                Arguments.of("LocationMention", Records.locationMention(), (Function<NewsSerdes, AvroSerde<?>>) NewsSerdes::locationMention),
                Arguments.of("EntityTrend", Records.entityTrend(), (Function<NewsSerdes, AvroSerde<?>>) NewsSerdes::entityTrend),
                Arguments.of("CountryTone", Records.countryTone(), (Function<NewsSerdes, AvroSerde<?>>) NewsSerdes::countryTone),
                Arguments.of("Alert", Records.alert(), (Function<NewsSerdes, AvroSerde<?>>) NewsSerdes::alert),
                Arguments.of("PublishedIds", Records.publishedIds(),
                        (Function<NewsSerdes, AvroSerde<?>>) s -> s.value(io.newsflow.schemas.avro.PublishedIds.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRecordType")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldRoundTripEveryRecordTypeInConfluentWireFormat(String name, SpecificRecord record,
            Function<NewsSerdes, AvroSerde<?>> serdeOf) {
        AvroSerde serde = serdeOf.apply(serdes);

        byte[] bytes = serde.serializer().serialize(TOPIC, record);

        assertThat(bytes[0]).isEqualTo(WireFormat.MAGIC_BYTE);
        int id = WireFormat.schemaId(TOPIC, bytes);
        assertThat(serdes.registry().schemaById(id)).isEqualTo(record.getSchema());
        assertThat(serdes.registry().latest(TOPIC + "-value").id()).isEqualTo(id);
        assertThat(serde.deserializer().deserialize(TOPIC, bytes)).isEqualTo(record);
    }

    @Test
    void shouldMapNullToNullBothWays() {
        assertThat(serdes.article().serializer().serialize(TOPIC, null)).isNull();
        assertThat(serdes.article().deserializer().deserialize(TOPIC, null)).isNull();
    }

    @Test
    void shouldRefuseAWrongMagicByteNamingTheTopic() {
        byte[] bytes = serdes.article().serializer().serialize(TOPIC, Records.article());
        bytes[0] = 1;

        assertThatThrownBy(() -> serdes.article().deserializer().deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown magic byte 0x01")
                .hasMessageContaining(TOPIC);
    }

    @Test
    void shouldRefuseDataShorterThanTheHeader() {
        assertThatThrownBy(() -> serdes.article().deserializer().deserialize(TOPIC, new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("shorter than the 5-byte");
    }

    @Test
    void shouldRefuseAnUnknownSchemaIdNamingTopicAndId() {
        byte[] bytes = WireFormat.frame(4242, new byte[] {2, 'x'});

        assertThatThrownBy(() -> serdes.article().deserializer().deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 4242")
                .hasMessageContaining(TOPIC);
    }

    @Test
    void shouldRefuseCorruptAvroNamingTopicAndId() {
        byte[] good = serdes.article().serializer().serialize(TOPIC, Records.article());
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        int id = WireFormat.schemaId(TOPIC, good);

        assertThatThrownBy(() -> serdes.article().deserializer().deserialize(TOPIC, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id " + id)
                .hasMessageContaining(TOPIC);
    }

    @Test
    void shouldRefuseTrailingBytesAsCorruption() {
        byte[] good = serdes.article().serializer().serialize(TOPIC, Records.article());
        byte[] longer = Arrays.copyOf(good, good.length + 3);

        assertThatThrownBy(() -> serdes.article().deserializer().deserialize(TOPIC, longer))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("bytes left over");
    }

    @Test
    void shouldReadRecordsWrittenWithAnOlderSchemaIntoTheCurrentClass() {
        Schema older = SchemaBuilder.record("Article").namespace("io.newsflow.schemas.avro").fields()
                .requiredString("id").requiredString("source").requiredString("title").requiredString("body")
                .name("ingestedAt").type(timestampMillis()).noDefault()
                .requiredString("format").endRecord();
        GenericRecord old = new GenericData.Record(older);
        old.put("id", "old-1");
        old.put("source", "Wire");
        old.put("title", "Old title");
        old.put("body", "Old body");
        old.put("ingestedAt", Records.INGESTED.toEpochMilli());
        old.put("format", "text");
        byte[] bytes = serdes.generic().serializer().serialize("legacy", old);

        Article article = serdes.article().deserializer().deserialize("legacy", bytes);

        assertThat(article.getId()).isEqualTo("old-1");
        assertThat(article.getUrl()).isNull();
        assertThat(article.getAuthors()).isEmpty();
        assertThat(article.getIngestedAt()).isEqualTo(Records.INGESTED);
    }

    @Test
    void shouldDecodeAnyTopicAsGenericRecordsInTheWritersSchema() {
        byte[] bytes = serdes.enrichedArticle().serializer().serialize(TOPIC, Records.enrichedArticle());

        GenericRecord generic = serdes.generic().deserializer().deserialize(TOPIC, bytes);

        assertThat(generic.getSchema().getFullName()).isEqualTo("io.newsflow.schemas.avro.EnrichedArticle");
        assertThat(generic.toString()).contains("Qassem Soleimani");
    }

    private static Schema timestampMillis() {
        return org.apache.avro.LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
    }
}
