package io.newsflow.schemas.serde;

import io.newsflow.schemas.AvroTrust;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.registry.SchemaRegistryClients;
import io.newsflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro. With a generated class it resolves the writer's schema (fetched by id)
 * into the class's schema, so older and newer writers both decode; without one it returns generic records
 * in the writer's schema. Null in, null out; anything it cannot decode is a {@link SerializationException}
 * naming the topic and the schema id.
 */
public final class AvroDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;
    private SchemaRegistryClient registry;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

    /** Generic records, for Kafka's config-based instantiation; {@link #configure} creates the registry client. */
    public AvroDeserializer() {
        this(null, null);
    }

    /** {@code type} null: generic records in the writer's schema. */
    public AvroDeserializer(Class<T> type, SchemaRegistryClient registry) {
        AvroTrust.install();
        this.type = type;
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (registry == null) {
            registry = SchemaRegistryClients.create(SerdeConfig.from(configs).registry());
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new SerializationException("AvroDeserializer for topic " + topic + " is not configured (no schema.registry.url)");
        }
        int id = WireFormat.schemaId(topic, data);
        DatumReader<T> reader = readerFor(topic, id);
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_SIZE,
                    data.length - WireFormat.HEADER_SIZE, null);
            T value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new IOException("bytes left over after the record: the data does not match the schema");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Error deserializing Avro record for topic " + topic + " with schema id "
                    + id + ": " + e, e);
        }
    }

    private DatumReader<T> readerFor(String topic, int id) {
        try {
            return readers.computeIfAbsent(id, key -> newReader(registry.schemaById(key)));
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Error retrieving Avro schema id " + id + " for topic " + topic + ": "
                    + e.getMessage(), e);
        }
    }

    private DatumReader<T> newReader(Schema writer) {
        if (type == null) {
            return new GenericDatumReader<>(writer);
        }
        Schema reader = SpecificData.get().getSchema(type);
        return new SpecificDatumReader<>(writer, reader);
    }

    @Override
    public void close() {
        // the registry client may be shared (NewsSerdes); its owner closes it
    }
}
