package io.newsflow.runner.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.schemas.config.ConfigKey;
import io.newsflow.sink.config.SinkConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the compose file sets for each newsflow service is what that service reads, and the README's
 * settings tables are exactly the services' keys ({@code Settings.describe}): regenerate them with
 * {@code -Dnewsflow.docs.regenerate=true} (see {@link OperationsFiles}).
 */
class ServiceEnvironmentTest {

    /** Read by the image's entrypoint (java $JAVA_OPTS -jar …), not by the service. */
    private static final String JAVA_OPTS = "JAVA_OPTS";
    private static final Pattern HEADING = Pattern.compile("(?m)^### (\\S+)\\s*$");
    private static final Pattern ROW_ENV = Pattern.compile("(?m)^\\| `[^`]+` \\| `([A-Z0-9_]+)` \\|");

    @Test
    void shouldSetOnlyVariablesTheServiceReads() {
        JsonNode services = OperationsFiles.compose().path("services");
        OperationsFiles.SERVICE_KEYS.forEach((service, keys) -> {
            Set<String> read = keys.stream().map(ConfigKey::env).collect(Collectors.toCollection(TreeSet::new));
            read.add(JAVA_OPTS);
            Map<String, String> env = OperationsFiles.environment(services.path(service), "token");
            assertThat(env).as("%s: environment", service).isNotEmpty();
            assertThat(read).as("%s: compose sets variables the service does not read (it reads %s)", service, read)
                    .containsAll(env.keySet());
        });
    }

    @Test
    void shouldSetValuesTheServiceAccepts() {
        JsonNode services = OperationsFiles.compose().path("services");
        Map<String, String> ingest = OperationsFiles.environment(services.path("ingest"), "token");
        assertThatCode(() -> IngestConfig.load(Optional.empty(), ingest, Map.of()).requireHttpAuthDecision())
                .as("ingest with compose's environment").doesNotThrowAnyException();
        assertThat(IngestConfig.load(Optional.empty(), ingest, Map.of()).httpAuth()).as("ingest: bearer token required").isTrue();
        Map<String, String> enrich = OperationsFiles.environment(services.path("enrich"), "x");
        assertThatCode(() -> EnrichConfig.load(Optional.empty(), enrich, Map.of()))
                .as("enrich with compose's environment").doesNotThrowAnyException();
        Map<String, String> sink = OperationsFiles.environment(services.path("sink"), "x");
        assertThatCode(() -> SinkConfig.load(Optional.empty(), sink, Map.of()))
                .as("sink with compose's environment").doesNotThrowAnyException();
        assertThat(SinkConfig.load(Optional.empty(), sink, Map.of()).httpPort()).as("sink: dashboard on").isEqualTo(8080);
    }

    @Test
    void shouldDocumentExactlyTheKeysEachServiceReads() {
        if (Boolean.getBoolean("newsflow.docs.regenerate")) {
            OperationsFiles.writeSettingsSection();
        }
        String section = OperationsFiles.between(OperationsFiles.read(OperationsFiles.README), OperationsFiles.ENV_START,
                OperationsFiles.ENV_END);
        Map<String, List<String>> documented = documentedVariables(section);
        Map<String, List<String>> read = new LinkedHashMap<>();
        OperationsFiles.SERVICE_KEYS.forEach((service, keys) -> read.put(service,
                keys.stream().map(ConfigKey::env).toList()));
        String fix = "; regenerate with -Dnewsflow.docs.regenerate=true. Expected section:\n"
                + OperationsFiles.settingsSection();

        assertThat(documented).as("README operations tables: environment variables per service" + fix).isEqualTo(read);
        assertThat(section).as("README operations tables against Settings.describe" + fix)
                .isEqualTo(OperationsFiles.settingsSection());
    }

    /** Each {@code ### service} heading of the section and the environment variables its table lists. */
    private static Map<String, List<String>> documentedVariables(String section) {
        List<MatchResult> headings = HEADING.matcher(section).results().toList();
        Map<String, List<String>> documented = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : section.length();
            String body = section.substring(headings.get(i).end(), end);
            documented.put(headings.get(i).group(1), ROW_ENV.matcher(body).results().map(r -> r.group(1)).toList());
        }
        return documented;
    }
}
