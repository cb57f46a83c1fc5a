package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.sink.config.SinkConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StreamsServiceOptionsTest {

    private static final String[] ARGS = {"--threads", "3", "--application-id", "app-x", "--state-dir", "/tmp/state-x",
        "--http-port", "8099", "--http-host", "0.0.0.0"};
    private static final Map<String, String> CONNECTION = Map.of("bootstrap.servers", "k:9092", "schema.registry.url", "http://r");

    @Test
    void shouldSetEachServicesOwnKeys() {
        EnrichConfig enrich = EnrichConfig.load(Optional.empty(), Map.of(), overrides("enrich"));
        SinkConfig sink = SinkConfig.load(Optional.empty(), Map.of(), overrides("sink"));

        assertThat(enrich.threads()).isEqualTo(3);
        assertThat(enrich.applicationId()).isEqualTo("app-x");
        assertThat(enrich.stateDir()).isEqualTo(Path.of("/tmp/state-x"));
        assertThat(enrich.httpPort()).isEqualTo(8099);
        assertThat(enrich.httpHost()).isEqualTo("0.0.0.0");
        assertThat(sink.threads()).isEqualTo(3);
        assertThat(sink.applicationId()).isEqualTo("app-x");
        assertThat(sink.stateDir()).isEqualTo(Path.of("/tmp/state-x"));
        assertThat(sink.httpPort()).isEqualTo(8099);
        assertThat(sink.httpHost()).isEqualTo("0.0.0.0");
    }

    private static Map<String, String> overrides(String service) {
        StreamsServiceOptions options = new StreamsServiceOptions();
        new CommandLine(options).parseArgs(ARGS);
        Map<String, String> overrides = new HashMap<>(CONNECTION);
        options.addTo(overrides, service);
        return overrides;
    }
}
