package io.newsflow.schemas.serde;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.CountryTone;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityMention;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.LocationMention;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.AvroTrust;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.registry.SchemaRegistryClients;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Hands out the serdes for every record type, all sharing one registry client (and so one cache).
 * Keys are UTF-8 strings (article ids, entity keys, country codes); values are Avro in Confluent's wire format.
 */
public final class NewsSerdes implements AutoCloseable {

    private final SchemaRegistryClient registry;
    private final SerdeConfig config;

    public NewsSerdes(SchemaRegistryClient registry, SerdeConfig config) {
        AvroTrust.install();
        this.registry = registry;
        this.config = config;
    }

    /** From client configs: {@code schema.registry.url} (required), auth and registration settings. */
    public static NewsSerdes create(Map<String, ?> configs) {
        SerdeConfig config = SerdeConfig.from(configs);
        return new NewsSerdes(SchemaRegistryClients.create(config.registry()), config);
    }

    public Serde<String> key() {
        return Serdes.String();
    }

    public AvroSerde<Article> article() {
        return value(Article.class);
    }

    public AvroSerde<EnrichedArticle> enrichedArticle() {
        return value(EnrichedArticle.class);
    }

    public AvroSerde<Rejected> rejected() {
        return value(Rejected.class);
    }

    public AvroSerde<EntityMention> entityMention() {
        return value(EntityMention.class);
    }

    public AvroSerde<LocationMention> locationMention() {
        return value(LocationMention.class);
    }

    public AvroSerde<EntityTrend> entityTrend() {
        return value(EntityTrend.class);
    }

    public AvroSerde<CountryTone> countryTone() {
        return value(CountryTone.class);
    }

    public AvroSerde<Alert> alert() {
        return value(Alert.class);
    }

    /** A value serde for any generated record class. */
    public <T extends SpecificRecord> AvroSerde<T> value(Class<T> type) {
        return new AvroSerde<>(new AvroSerializer<>(registry, config, false), new AvroDeserializer<>(type, registry));
    }

    /** Generic records in the writer's schema: for tools that read any topic. */
    public AvroSerde<GenericRecord> generic() {
        return new AvroSerde<>(new AvroSerializer<>(registry, config, false), new AvroDeserializer<>(null, registry));
    }

    public SchemaRegistryClient registry() {
        return registry;
    }

    @Override
    public void close() {
        registry.close();
    }
}
