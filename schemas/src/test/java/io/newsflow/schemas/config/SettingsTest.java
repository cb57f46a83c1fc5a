package io.newsflow.schemas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static final ConfigKey<String> SERVERS = ConfigKey.string("bootstrap.servers", "KAFKA_BOOTSTRAP_SERVERS", null, "Kafka");
    private static final ConfigKey<Integer> THREADS = ConfigKey.integer("threads", "APP_THREADS", 1, 1, 16, "threads");
    private static final ConfigKey<Boolean> FLAG = ConfigKey.bool("flag", "APP_FLAG", false, "a flag");
    private static final ConfigKey<String> TOKEN = ConfigKey.optional("token", "APP_TOKEN", "secret");
    private static final List<ConfigKey<?>> KEYS = List.of(SERVERS, THREADS, FLAG, TOKEN);

    @TempDir
    Path dir;

    @Test
    void shouldTakeDefaultsThenFileThenEnvironmentThenOptions() throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nthreads=2\nflag=true\n");

        Settings fileOnly = Settings.load(KEYS, Optional.of(file), Map.of(), Map.of());
        Settings withEnv = Settings.load(KEYS, Optional.of(file), Map.of("APP_THREADS", "3"), Map.of());
        Settings withOption = Settings.load(KEYS, Optional.of(file), Map.of("APP_THREADS", "3"), Map.of("threads", "4"));

        assertThat(fileOnly.get(SERVERS)).isEqualTo("file:9092");
        assertThat(fileOnly.get(THREADS)).isEqualTo(2);
        assertThat(fileOnly.get(FLAG)).isTrue();
        assertThat(withEnv.get(THREADS)).isEqualTo(3);
        assertThat(withEnv.origins()).containsEntry("threads", "environment APP_THREADS");
        assertThat(withOption.get(THREADS)).isEqualTo(4);
        assertThat(Settings.load(KEYS, Optional.empty(), Map.of(), Map.of()).get(THREADS)).isEqualTo(1);
    }

    @Test
    void shouldNameTheKeyOfAnInvalidValueAndWhereItCameFrom() {
        assertThatThrownBy(() -> Settings.load(KEYS, Optional.empty(), Map.of("APP_THREADS", "many"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("threads=\"many\"")
                .hasMessageContaining("environment APP_THREADS")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> Settings.load(KEYS, Optional.empty(), Map.of(), Map.of("threads", "99")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("between 1 and 16");
    }

    @Test
    void shouldNameAMissingRequiredKeyAndItsVariable() {
        Settings settings = Settings.load(KEYS, Optional.empty(), Map.of(), Map.of());

        assertThatThrownBy(() -> settings.get(SERVERS))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bootstrap.servers")
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(settings.find(TOKEN)).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownKeyInTheFile() throws Exception {
        Path file = dir.resolve("typo.properties");
        Files.writeString(file, "thread=2\n");

        assertThatThrownBy(() -> Settings.load(KEYS, Optional.of(file), Map.of(), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("thread")
                .hasMessageContaining("unknown key");
    }

    @Test
    void shouldDescribeEveryKeyForTheReadme() {
        assertThat(Settings.describe(KEYS)).contains("| `threads` | `APP_THREADS` | `1` | threads |")
                .contains("| `token` | `APP_TOKEN` | — | secret |");
    }
}
