package io.newsflow.schemas.topics;

import org.apache.kafka.common.serialization.Serde;

/** A topic bound to the serdes of its keys and values. */
public record Topic<K, V>(TopicDefinition definition, Serde<K> keySerde, Serde<V> valueSerde) {

    public String name() {
        return definition.name();
    }
}
