package io.newsflow.runner;

import picocli.CommandLine.Option;

/** How every command finds Kafka and the schema registry: option, else environment variable. */
public final class ConnectionOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
            description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", defaultValue = "${env:SCHEMA_REGISTRY_URL}",
            description = "Confluent-API schema registry base URL, e.g. http://127.0.0.1:8081/apis/ccompat/v7 "
                    + "(env SCHEMA_REGISTRY_URL).")
    String schemaRegistryUrl;

    boolean given() {
        return present(bootstrapServers) && present(schemaRegistryUrl);
    }

    /** Both are needed by commands that do not start their own stack. */
    void require(picocli.CommandLine.Model.CommandSpec spec) {
        if (!present(bootstrapServers)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing --bootstrap-servers (or env KAFKA_BOOTSTRAP_SERVERS): where is Kafka?");
        }
        if (!present(schemaRegistryUrl)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing --schema-registry-url (or env SCHEMA_REGISTRY_URL): where is the schema registry?");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
