package io.newsflow.schemas.topics;

import io.newsflow.schemas.serde.AvroSerializer;
import org.apache.kafka.common.serialization.Serde;

/** A topic bound to the serdes of its keys and values. */
public record Topic<K, V>(TopicDefinition definition, Serde<K> keySerde, Serde<V> valueSerde) {

    public String name() {
        return definition.name();
    }

    /**
     * Registers (or looks up) this topic's value schema now, when its serde is the Avro one: see
     * {@link AvroSerializer#prepare}. Returns the topic, for chaining.
     */
    public Topic<K, V> prepareValueSchema() {
        if (valueSerde.serializer() instanceof AvroSerializer<?> avro
                && org.apache.avro.specific.SpecificRecord.class.isAssignableFrom(definition.valueType())) {
            avro.prepare(name(), org.apache.avro.specific.SpecificData.get().getSchema(definition.valueType()));
        }
        return this;
    }
}
