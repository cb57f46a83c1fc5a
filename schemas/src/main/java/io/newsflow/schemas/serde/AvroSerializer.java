package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.RegisteredSchema;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.registry.SchemaRegistryClients;
import io.newsflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated or generic) in Confluent's wire format, with the subject
 * {@code <topic>-value} or {@code <topic>-key} (TopicNameStrategy). Null in, null out.
 */
public final class AvroSerializer<T extends IndexedRecord> implements Serializer<T> {

    private SchemaRegistryClient registry;
    private SerdeConfig config;
    private boolean isKey;
    private final Map<SubjectSchema, Target> targets = new ConcurrentHashMap<>();
    /** The last target used: generated classes share one schema instance, so most calls hit it by identity. */
    private volatile Target last;

    /** For Kafka's config-based instantiation; {@link #configure} creates the registry client. */
    public AvroSerializer() {
    }

    public AvroSerializer(SchemaRegistryClient registry, SerdeConfig config, boolean isKey) {
        this.registry = registry;
        this.config = config;
        this.isKey = isKey;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean key) {
        this.config = SerdeConfig.from(configs);
        this.isKey = key;
        if (registry == null) {
            registry = SchemaRegistryClients.create(config.registry());
        }
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new SerializationException("AvroSerializer for topic " + topic + " is not configured (no schema.registry.url)");
        }
        Target target = targetFor(topic, record.getSchema());
        try {
            return target.encode(record);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Error serializing Avro record for topic " + topic + " with schema id "
                    + target.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Registers (or looks up) the schema for a topic now instead of at the first record: a service that has done
     * this at start needs the registry no more for what it writes, even if the registry goes away.
     *
     * @throws SerializationException as {@link #serialize} would, naming the subject
     */
    public void prepare(String topic, Schema schema) {
        targetFor(topic, schema);
    }

    /**
     * Looking a schema up in the map compares schemas structurally, which is costly for large records;
     * the identity check on the last one used avoids that on the hot path.
     */
    private Target targetFor(String topic, Schema schema) {
        Target recent = last;
        if (recent != null && recent.recordSchema() == schema && recent.topic().equals(topic)) {
            return recent;
        }
        Target target = targets.computeIfAbsent(new SubjectSchema(Subjects.of(topic, isKey), schema), key -> resolve(topic, key));
        last = target;
        return target;
    }

    private Target resolve(String topic, SubjectSchema key) {
        try {
            if (config.autoRegister()) {
                return Target.same(topic, registry.register(key.subject(), key.schema()), key.schema());
            }
            if (config.useLatestVersion()) {
                RegisteredSchema latest = registry.latest(key.subject());
                return new Target(topic, latest.id(), key.schema(), latest.schema());
            }
            return Target.same(topic, registry.lookup(key.subject(), key.schema()), key.schema());
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Error " + (config.autoRegister() ? "registering" : "retrieving")
                    + " Avro schema " + key.schema().getFullName() + " for subject " + key.subject() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // the registry client may be shared (NewsSerdes); its owner closes it
    }

    private record SubjectSchema(String subject, Schema schema) {
    }

    /**
     * The id to stamp and how to turn a record of the record's schema into bytes of the id's schema. The
     * datum writer is built once: building it per record cost more than writing small records.
     */
    private record Target(String topic, int id, Schema recordSchema, Schema writeSchema, DatumWriter<Object> writer) {

        Target(String topic, int id, Schema recordSchema, Schema writeSchema) {
            this(topic, id, recordSchema, writeSchema, new Latin1StringWriter<>(recordSchema));
        }

        static Target same(String topic, int id, Schema schema) {
            return new Target(topic, id, schema, schema);
        }

        /** The record in the wire format: header with this target's id, then the Avro body. */
        byte[] encode(IndexedRecord record) throws IOException {
            if (recordSchema.equals(writeSchema)) {
                return write(writer, record, id);
            }
            // use.latest.version: resolve the record into the registered schema, then write that
            byte[] own = write(writer, record, -1);
            Object converted = new GenericDatumReader<>(recordSchema, writeSchema)
                    .read(null, DecoderFactory.get().binaryDecoder(own, null));
            return write(new GenericDatumWriter<>(writeSchema), converted, id);
        }

        /** Framed with {@code schemaId}, or the bare body when it is negative. */
        private static <D> byte[] write(DatumWriter<D> writer, Object datum, int schemaId) throws IOException {
            EncodingBuffer buffer = EncodingBuffer.forThisThread();
            if (schemaId >= 0) {
                buffer.writeHeader(schemaId);
            }
            @SuppressWarnings("unchecked")
            D typed = (D) datum;
            writer.write(typed, buffer.encoder());
            return buffer.copyAndReset();
        }
    }
}
