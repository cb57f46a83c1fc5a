package io.newsflow.runner;

import io.newsflow.schemas.config.ClientSettings;
import io.newsflow.schemas.registry.RegistryConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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

    /**
     * {@code --client-config FILE}, for the commands that have no service config file: Kafka and schema registry
     * client settings (security, SASL, TLS, the registry's basic auth and trust store), overridden by the same
     * environment variables the services read ({@link ClientSettings}).
     */
    static final class ClientConfig {

        @Option(names = "--client-config", paramLabel = "FILE",
                description = "Properties file of Kafka client settings (security.protocol, sasl.mechanism, sasl.jaas.config, "
                        + "ssl.truststore.location…) and schema registry client settings (basic.auth.credentials.source, "
                        + "basic.auth.user.info, schema.registry.ssl.truststore.*). Environment variables KAFKA_<NAME> "
                        + "(e.g. KAFKA_SASL_JAAS_CONFIG) and SCHEMA_REGISTRY_… override it.")
        Path file;

        private ClientSettings settings;

        /** Read once: the file (when given) and the environment. */
        ClientSettings settings() {
            if (settings == null) {
                settings = ClientSettings.load(Optional.ofNullable(file), System.getenv());
            }
            return settings;
        }

        /** The Kafka client settings with the command's own on top. */
        Map<String, Object> kafka(Map<String, ?> own) {
            return ClientSettings.onTop(settings().kafka(), own);
        }

        /** The registry client settings with the registry URL. */
        Map<String, Object> registry(String url) {
            return ClientSettings.onTop(settings().registry(), Map.of(RegistryConfig.URL, url));
        }
    }
}
