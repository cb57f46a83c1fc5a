package io.newsflow.sink.json;

import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Writes records as {@link AvroJson} for the {@code .json} mirror topics; write-only (null in, null out). */
public final class JsonMirrorSerde<T extends IndexedRecord> implements Serde<T> {

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> record == null ? null : AvroJson.bytes(record);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            throw new UnsupportedOperationException("JSON mirrors are written for other tools; read the Avro topic " + topic);
        };
    }
}
