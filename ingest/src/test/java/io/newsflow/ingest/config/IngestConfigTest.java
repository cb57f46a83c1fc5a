package io.newsflow.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.ConfigurationException;
import io.newsflow.schemas.registry.RegistryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigTest {

    private static final Map<String, String> CONNECTION = Map.of("KAFKA_BOOTSTRAP_SERVERS", "k:9092",
            "SCHEMA_REGISTRY_URL", "http://r:8081");

    @Test
    void shouldTakeKafkaAndRegistryFromTheEnvironmentAndDefaultTheRest() {
        IngestConfig config = IngestConfig.load(Optional.empty(), CONNECTION, Map.of());

        assertThat(config.bootstrapServers()).isEqualTo("k:9092");
        assertThat(config.httpMaxBodyBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(config.httpAuth()).isTrue();
        assertThat(config.httpToken()).isEmpty();
    }

    @Test
    void shouldFailFastNamingAMissingBootstrapServers() {
        assertThatThrownBy(() -> IngestConfig.load(Optional.empty(), Map.of(), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bootstrap.servers").hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldRequireATokenForThePushEndpointUnlessAuthIsTurnedOff() {
        IngestConfig open = IngestConfig.load(Optional.empty(), CONNECTION, Map.of());
        assertThatThrownBy(open::requireHttpAuthDecision)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("NEWSFLOW_INGEST_TOKEN").hasMessageContaining("ingest.http.auth=false");

        IngestConfig.load(Optional.empty(), Map.of("KAFKA_BOOTSTRAP_SERVERS", "k:9092", "SCHEMA_REGISTRY_URL", "http://r:8081",
                "NEWSFLOW_INGEST_TOKEN", "t0ken"), Map.of()).requireHttpAuthDecision();
        IngestConfig.load(Optional.empty(), CONNECTION, Map.of("ingest.http.auth", "false")).requireHttpAuthDecision();
    }

    @Test
    void shouldTakeKafkaAndRegistryClientSettingsFromTheFileAndTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ingest.properties"), "ingest.source=wire\nsecurity.protocol=SSL\n"
                + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";\n"
                + "basic.auth.credentials.source=USER_INFO\n");

        IngestConfig config = IngestConfig.load(Optional.of(file), Map.of("KAFKA_BOOTSTRAP_SERVERS", "k:9094",
                "SCHEMA_REGISTRY_URL", "https://r:8081", "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "u:p"), Map.of());

        assertThat(config.source()).isEqualTo("wire");
        assertThat(config.kafkaClient()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512").containsKey("sasl.jaas.config")
                .doesNotContainKey("bootstrap.servers");
        assertThat(config.registryClient()).containsEntry(RegistryConfig.CREDENTIALS_SOURCE, "USER_INFO")
                .containsEntry(RegistryConfig.USER_INFO, "u:p").doesNotContainKey(RegistryConfig.URL);
        assertThat(config.toString()).doesNotContain("password=");
    }

    @Test
    void shouldRefuseAnAcksSettingInTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ingest.properties"), "acks=1\n");

        assertThatThrownBy(() -> IngestConfig.load(Optional.of(file), CONNECTION, Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("acks").hasMessageContaining("exactly-once");
    }

    @Test
    void shouldRefuseABodyLimitBelowOneKilobyte() {
        assertThatThrownBy(() -> IngestConfig.load(Optional.empty(), CONNECTION, Map.of("ingest.http.max.body.bytes", "10")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ingest.http.max.body.bytes");
    }
}
