package io.newsflow.schemas.config;

/** The two settings every service has: where Kafka and the schema registry are. */
public final class ConnectionKeys {

    public static final ConfigKey<String> BOOTSTRAP_SERVERS = ConfigKey.string("bootstrap.servers",
            "KAFKA_BOOTSTRAP_SERVERS", null, "Kafka bootstrap servers, HOST:PORT[,HOST:PORT…].");
    public static final ConfigKey<String> SCHEMA_REGISTRY_URL = ConfigKey.string("schema.registry.url",
            "SCHEMA_REGISTRY_URL", null, "Confluent-API schema registry base URL.");

    private ConnectionKeys() {
    }
}
