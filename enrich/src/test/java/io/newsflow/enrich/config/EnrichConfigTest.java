package io.newsflow.enrich.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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
    void shouldRefuseZeroThreadsNamingTheKey() {
        assertThatThrownBy(() -> EnrichConfig.load(Optional.empty(), Map.of("NEWSFLOW_ENRICH_THREADS", "0"), REQUIRED))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("enrich.threads");
    }
}
