package io.newsflow.sink.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.ConfigurationException;
import io.newsflow.schemas.config.Settings;
import io.newsflow.sink.topology.SinkTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkConfigTest {

    private static final Map<String, String> REQUIRED = Map.of("bootstrap.servers", "k:9092", "schema.registry.url", "http://r");

    @Test
    void shouldTakeDefaultsThenEnvironment() {
        SinkConfig defaults = SinkConfig.load(Optional.empty(), Map.of(), REQUIRED);
        SinkConfig fromEnv = SinkConfig.load(Optional.empty(), Map.of("NEWSFLOW_SINK_WINDOW_MINUTES", "60",
                "NEWSFLOW_SINK_ALERT_MAX_SCORE", "-0.5", "NEWSFLOW_SINK_JSON_MIRRORS", "true"), REQUIRED);

        assertThat(defaults.window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.grace()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.httpPort()).isEqualTo(-1);
        assertThat(defaults.watchList()).isEmpty();
        assertThat(fromEnv.window()).isEqualTo(Duration.ofHours(1));
        assertThat(fromEnv.alertMaxScore()).isEqualTo(-0.5);
        assertThat(fromEnv.jsonMirrors()).isTrue();
    }

    @Test
    void shouldNameTheKeyOfABadValue() {
        assertThatThrownBy(() -> SinkConfig.load(Optional.empty(), Map.of("NEWSFLOW_SINK_ALERT_MAX_SCORE", "low"), REQUIRED))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("sink.alert.max.score").hasMessageContaining("number");
        assertThatThrownBy(() -> SinkConfig.load(Optional.empty(), Map.of("NEWSFLOW_SINK_PROCESSING_GUARANTEE", "maybe"), REQUIRED))
                .hasMessageContaining("sink.processing.guarantee");
    }

    @Test
    void shouldPassTheClientSettingsOfTheFileAndTheEnvironmentToAllOfStreamsClients(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sink.properties"), "sink.top.n=5\nsecurity.protocol=SASL_SSL\n"
                + "sasl.mechanism=SCRAM-SHA-512\nssl.endpoint.identification.algorithm=\n"
                + "schema.registry.ssl.truststore.location=/etc/newsflow/registry-ca.p12\n");

        SinkConfig config = SinkConfig.load(Optional.of(file), Map.of("KAFKA_SASL_JAAS_CONFIG",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
                "KAFKA_REQUEST_TIMEOUT_MS", "20000"), REQUIRED);
        Properties props = SinkTopology.streamsConfig(config);

        assertThat(props).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.endpoint.identification.algorithm", "").containsEntry("request.timeout.ms", "20000")
                .containsKey("sasl.jaas.config").containsEntry("application.id", "newsflow-sink")
                .containsEntry("bootstrap.servers", "k:9092").doesNotContainKey("schema.registry.ssl.truststore.location");
        assertThat(config.topN()).isEqualTo(5);
        assertThat(config.registryClient()).containsEntry("schema.registry.ssl.truststore.location", "/etc/newsflow/registry-ca.p12");
    }

    @Test
    void shouldRefuseAGroupIdFromTheEnvironment() {
        assertThatThrownBy(() -> SinkConfig.load(Optional.empty(), Map.of("KAFKA_GROUP_ID", "mine"), REQUIRED))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("group.id")
                .hasMessageContaining("KAFKA_GROUP_ID").hasMessageContaining("<service>.application.id");
    }

    @Test
    void shouldBeDocumentedInTheReadmeExactlyAsDeclared() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(Settings.describe(SinkConfig.KEYS));
    }
}
