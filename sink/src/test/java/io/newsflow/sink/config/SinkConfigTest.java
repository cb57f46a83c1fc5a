package io.newsflow.sink.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.ConfigurationException;
import io.newsflow.schemas.config.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
    void shouldBeDocumentedInTheReadmeExactlyAsDeclared() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(Settings.describe(SinkConfig.KEYS));
    }
}
