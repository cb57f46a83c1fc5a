package io.newsflow.ingest.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a service finds Kafka, the registry and its config file; options override file and environment. */
public final class ServiceOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with the service's settings.")
    Path config;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
            description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Confluent-API schema registry base URL (env SCHEMA_REGISTRY_URL).")
    String schemaRegistryUrl;

    public Optional<Path> configFile() {
        return Optional.ofNullable(config);
    }

    /** The options given on the command line, as config overrides. */
    public Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>();
        if (bootstrapServers != null) {
            overrides.put("bootstrap.servers", bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            overrides.put("schema.registry.url", schemaRegistryUrl);
        }
        return overrides;
    }

    /** Adds an option's value under its key when the option was given. */
    public static void putIfGiven(Map<String, String> overrides, String key, Object value) {
        if (value != null) {
            overrides.put(key, value.toString());
        }
    }
}
