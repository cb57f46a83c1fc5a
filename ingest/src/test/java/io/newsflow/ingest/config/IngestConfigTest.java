package io.newsflow.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.ConfigurationException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
    void shouldRefuseABodyLimitBelowOneKilobyte() {
        assertThatThrownBy(() -> IngestConfig.load(Optional.empty(), CONNECTION, Map.of("ingest.http.max.body.bytes", "10")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ingest.http.max.body.bytes");
    }
}
