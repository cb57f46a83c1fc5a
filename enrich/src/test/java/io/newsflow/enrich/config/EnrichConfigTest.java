package io.newsflow.enrich.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.schemas.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichConfigTest {

    private static final Map<String, String> REQUIRED = Map.of("bootstrap.servers", "k:9092", "schema.registry.url", "http://r:8081");

    @Test
    void shouldRunExactlyOnceWithOneThreadAndTheNlpEngineByDefault() {
        EnrichConfig config = EnrichConfig.load(Optional.empty(), Map.of(), REQUIRED);

        assertThat(config.processingGuarantee()).isEqualTo(EnrichConfig.EXACTLY_ONCE);
        assertThat(config.threads()).isEqualTo(1);
        assertThat(config.engine()).isEqualTo(EnrichConfig.ENGINE_NLP);
        assertThat(config.onThreadDeath()).isEqualTo(EnrichConfig.EXIT);
        assertThat(config.applicationId()).isEqualTo("newsflow-enrich");
        assertThat(config.commitIntervalMs()).isEqualTo(100);
    }

    @Test
    void shouldTakeTheFileThenTheEnvironmentThenTheOptions(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("enrich.properties"), "enrich.threads=2\nenrich.application.id=from-file\n");

        EnrichConfig config = EnrichConfig.load(Optional.of(file), Map.of("NEWSFLOW_ENRICH_THREADS", "3"),
                Map.of("bootstrap.servers", "k:9092", "schema.registry.url", "http://r:8081", "enrich.processing.guarantee", "at_least_once"));

        assertThat(config.applicationId()).isEqualTo("from-file");
        assertThat(config.threads()).isEqualTo(3);
        assertThat(config.processingGuarantee()).isEqualTo(EnrichConfig.AT_LEAST_ONCE);
    }

    @Test
    void shouldRefuseAnUnknownGuaranteeNamingTheKey() {
        assertThatThrownBy(() -> EnrichConfig.load(Optional.empty(), Map.of("NEWSFLOW_ENRICH_PROCESSING_GUARANTEE", "exactly_once"), REQUIRED))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("enrich.processing.guarantee").hasMessageContaining("exactly_once_v2, at_least_once");
    }

    @Test
    void shouldPassTheClientSettingsOfTheFileAndTheEnvironmentToAllOfStreamsClients(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("enrich.properties"), "enrich.threads=2\nsecurity.protocol=SSL\n"
                + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";\n"
                + "ssl.truststore.location=/etc/newsflow/ca.p12\nbasic.auth.credentials.source=USER_INFO\n");

        EnrichConfig config = EnrichConfig.load(Optional.of(file), Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "u:p"), REQUIRED);
        Properties props = EnrichTopology.streamsConfig(config);

        assertThat(props).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/newsflow/ca.p12").containsKey("sasl.jaas.config")
                .containsEntry("application.id", "newsflow-enrich").containsEntry("bootstrap.servers", "k:9092")
                .containsEntry("processing.guarantee", EnrichConfig.EXACTLY_ONCE).containsEntry("num.stream.threads", 2)
                .doesNotContainKey("basic.auth.credentials.source");
        assertThat(config.registryClient()).containsEntry("basic.auth.credentials.source", "USER_INFO")
                .containsEntry("basic.auth.user.info", "u:p");
    }

    @Test
    void shouldRefuseAProcessingGuaranteeUnderItsStreamsName(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("enrich.properties"), "processing.guarantee=at_least_once\n");

        assertThatThrownBy(() -> EnrichConfig.load(Optional.of(file), Map.of(), REQUIRED))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("processing.guarantee")
                .hasMessageContaining("<service>.processing.guarantee");
    }

    @Test
    void shouldRefuseZeroThreadsNamingTheKey() {
        assertThatThrownBy(() -> EnrichConfig.load(Optional.empty(), Map.of("NEWSFLOW_ENRICH_THREADS", "0"), REQUIRED))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("enrich.threads");
    }
}
