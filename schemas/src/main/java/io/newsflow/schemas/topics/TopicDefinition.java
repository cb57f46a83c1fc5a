package io.newsflow.schemas.topics;

import java.util.Map;

/**
 * What a topic is, independent of serdes: its name, its partition count when the project creates it, its
 * topic configs, its key, and the Avro record type of its values.
 */
public record TopicDefinition(String name, int partitions, Map<String, String> configs, String key,
        Class<?> valueType, String description) {

    public TopicDefinition {
        configs = Map.copyOf(configs);
    }
}
