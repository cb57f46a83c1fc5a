package io.newsflow.runner.ops;

import static io.newsflow.runner.ops.OperationsFiles.VARIABLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, .env.example and the Dockerfile, checked by reading them: there is no Docker engine
 * where these tests run, so the files have to be right by construction.
 */
class ComposeFileTest {

    private static final Set<String> SERVICES = Set.of("kafka", "schema-registry", "topics", "ingest", "enrich", "sink");
    private static final Set<String> NEWSFLOW_SERVICES = Set.of("topics", "ingest", "enrich", "sink");
    private static final Set<String> ONE_SHOT = Set.of("topics");
    private static final String NEWSFLOW_IMAGE = "${NEWSFLOW_IMAGE:-newsflow:latest}";
    /** The HTTP port each newsflow service's healthcheck probes, and the env var that sets it. */
    private static final Map<String, String> HTTP_PORT_VARIABLE = Map.of("ingest", "NEWSFLOW_INGEST_HTTP_PORT",
            "enrich", "NEWSFLOW_ENRICH_HTTP_PORT", "sink", "NEWSFLOW_SINK_HTTP_PORT");

    private static JsonNode compose;
    private static JsonNode services;

    @BeforeAll
    static void readCompose() {
        compose = OperationsFiles.compose();
        services = compose.path("services");
    }

    @Test
    void shouldDefineTheSixServices() {
        assertThat(names(services)).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void shouldGiveEveryLongRunningServiceAHealthcheckAndARestartPolicy() {
        for (String name : names(services)) {
            JsonNode service = services.path(name);
            String restart = service.path("restart").asText("");
            if (ONE_SHOT.contains(name)) {
                assertThat(restart).as("%s runs once: restart", name).isEqualTo("no");
                continue;
            }
            assertThat(restart).as("%s: restart", name).isIn("unless-stopped", "always", "on-failure");
            JsonNode test = service.path("healthcheck").path("test");
            assertThat(test.isArray() && test.size() >= 2).as("%s: healthcheck.test as [CMD…, …]", name).isTrue();
            assertThat(test.get(0).asText()).as("%s: healthcheck.test[0]", name).isIn("CMD", "CMD-SHELL");
            assertThat(service.path("healthcheck").path("disable").asBoolean(false)).as("%s: healthcheck disabled", name).isFalse();
        }
    }

    @Test
    void shouldStartEveryServiceOnlyWhenWhatItDependsOnIsReady() {
        for (String name : names(services)) {
            JsonNode dependsOn = services.path(name).path("depends_on");
            if (dependsOn.isMissingNode()) {
                continue;
            }
            assertThat(dependsOn.isObject()).as("%s: depends_on must be a map with a condition per service", name).isTrue();
            for (String dependency : names(dependsOn)) {
                assertThat(SERVICES).as("%s depends on an unknown service", name).contains(dependency);
                String condition = dependsOn.path(dependency).path("condition").asText("");
                JsonNode target = services.path(dependency);
                if (ONE_SHOT.contains(dependency)) {
                    assertThat(condition).as("%s → %s: condition", name, dependency).isEqualTo("service_completed_successfully");
                } else {
                    assertThat(condition).as("%s → %s: condition", name, dependency).isEqualTo("service_healthy");
                    assertThat(target.has("healthcheck")).as("%s → %s: service_healthy needs a healthcheck", name, dependency)
                            .isTrue();
                }
            }
        }
        assertThat(names(services.path("topics").path("depends_on"))).containsExactly("kafka");
        for (String service : List.of("ingest", "enrich", "sink")) {
            assertThat(names(services.path(service).path("depends_on"))).as("%s: depends_on", service)
                    .contains("topics", "schema-registry");
        }
    }

    @Test
    void shouldLetEnrichScaleOut() {
        JsonNode enrich = services.path("enrich");
        assertThat(enrich.has("container_name")).as("enrich: container_name (replicas need their own names)").isFalse();
        assertThat(enrich.has("ports")).as("enrich: ports (replicas would clash on the host port)").isFalse();
        assertThat(enrich.has("hostname")).as("enrich: hostname").isFalse();
        // Kafka Streams locks its state directory: a named volume shared by replicas would stop all but one.
        for (JsonNode volume : enrich.path("volumes")) {
            String source = volume.isTextual() ? sourceOf(volume.asText()) : volume.path("source").asText("");
            assertThat(source).as("enrich: volume %s must be anonymous (one per replica)", volume).isEmpty();
        }
        assertThat(enrich.path("environment").path("NEWSFLOW_ENRICH_STATE_DIR").asText())
                .isEqualTo("/var/lib/newsflow/enrich");
    }

    @Test
    void shouldPinEveryImage() {
        for (String name : names(services)) {
            String image = services.path(name).path("image").asText("");
            if (NEWSFLOW_SERVICES.contains(name)) {
                assertThat(image).as("%s: image", name).isEqualTo(NEWSFLOW_IMAGE);
                continue;
            }
            assertThat(image).as("%s: image", name).matches("[a-z0-9./_-]+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
            assertThat(image).as("%s: a version tag, not a floating one", name).matches(".*:\\d+\\.\\d+\\.\\d+.*");
        }
        List<String> built = names(services).stream().filter(name -> services.path(name).has("build")).toList();
        assertThat(built).as("services with build: (one builds the image the others reuse)").hasSize(1);
        JsonNode build = services.path(built.get(0)).path("build");
        assertThat(build.path("context").asText()).isEqualTo(".");
        assertThat(build.path("dockerfile").asText()).isEqualTo("Dockerfile");
    }

    @Test
    void shouldBuildANonRootImageWithPinnedBases() {
        String dockerfile = OperationsFiles.read(OperationsFiles.DOCKERFILE);
        List<String> from = dockerfile.lines().map(String::strip).filter(l -> l.toUpperCase().startsWith("FROM ")).toList();
        assertThat(from).hasSize(2);
        for (String line : from) {
            String image = line.split("\\s+")[1];
            assertThat(image).as(line).contains(":").doesNotEndWith(":latest").doesNotContain("$");
        }
        assertThat(from.get(0)).startsWith("FROM maven:3.9");
        assertThat(from.get(1)).startsWith("FROM eclipse-temurin:17-jre");
        assertThat(dockerfile).contains("./mvnw -B -q -DskipTests package");
        // newsflow.jar is a thin jar (its manifest names lib/*.jar): the image needs both.
        assertThat(dockerfile).contains("standalone/runner/target/newsflow.jar /opt/newsflow/newsflow.jar")
                .contains("standalone/runner/target/lib /opt/newsflow/lib");
        assertThat(dockerfile).contains("--uid 10001").containsPattern("(?m)^USER newsflow$")
                .contains("chown -R newsflow:newsflow /var/lib/newsflow");
        assertThat(dockerfile).containsPattern("(?m)^EXPOSE 8080 8090 8091$");
        assertThat(dockerfile).contains(
                "ENTRYPOINT [\"sh\", \"-c\", \"exec java $JAVA_OPTS -jar /opt/newsflow/newsflow.jar \\\"$@\\\"\", \"--\"]");
        // the healthchecks call curl: the runtime stage installs it
        assertThat(dockerfile.substring(dockerfile.indexOf(from.get(1)))).contains("apt-get install -y --no-install-recommends curl");
        for (String name : List.of("ingest", "enrich", "sink")) {
            assertThat(services.path(name).path("healthcheck").path("test").path(1).asText()).as("%s: healthcheck", name)
                    .isEqualTo("curl");
        }
        assertThat(OperationsFiles.read(OperationsFiles.DOCKERIGNORE).lines().map(String::strip).toList())
                .contains("**/target/", "**/node_modules/", "data/", ".git", ".ci-cache/", ".env");
    }

    @Test
    void shouldProbeEachServiceOnThePortItListensOn() {
        HTTP_PORT_VARIABLE.forEach((name, variable) -> {
            JsonNode service = services.path(name);
            String port = service.path("environment").path(variable).asText();
            assertThat(port).as("%s: %s", name, variable).matches("\\d+");
            assertThat(service.path("environment").path(variable.replace("_PORT", "_HOST")).asText())
                    .as("%s: listens on every interface of the container", name).isEqualTo("0.0.0.0");
            assertThat(String.join(" ", texts(service.path("healthcheck").path("test"))))
                    .as("%s: healthcheck", name).contains("http://localhost:" + port + "/health");
            for (JsonNode published : service.path("ports")) {
                assertThat(published.asText()).as("%s: published port", name).endsWith(":" + port);
            }
        });
        assertThat(services.path("sink").path("ports")).hasSize(1);
        assertThat(services.path("ingest").path("ports")).hasSize(1);
    }

    @Test
    void shouldDocumentEveryVariableInEnvExampleWithTheSameDefault() {
        Map<String, OperationsFiles.EnvEntry> example = OperationsFiles.envExample();
        Map<String, List<String>> references = new LinkedHashMap<>();
        for (String text : OperationsFiles.texts(compose)) {
            assertThat(text.replace("$$", "").replaceAll("\\$\\{[^}]*}", ""))
                    .as("a bare $VAR (write ${VAR:-default}, which .env.example documents): %s", text)
                    .doesNotContain("$");
            Matcher m = VARIABLE.matcher(text);
            while (m.find()) {
                references.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group());
            }
        }
        assertThat(new TreeSet<>(example.keySet())).as(".env.example against the variables docker-compose.yml reads")
                .isEqualTo(new TreeSet<>(references.keySet()));
        references.forEach((name, uses) -> {
            for (String use : uses) {
                Matcher m = VARIABLE.matcher(use);
                assertThat(m.matches()).isTrue();
                String operator = m.group(2);
                assertThat(operator).as("%s: give a default (${%s:-…}) or require it (${%s:?…})", use, name, name)
                        .isIn(":-", ":?");
                String expected = operator.equals(":-") ? m.group(3) : "";
                assertThat(example.get(name).value()).as(".env.example: %s (compose uses %s)", name, use).isEqualTo(expected);
            }
        });
        example.values().forEach(entry -> assertThat(entry.comments()).as(".env.example: a comment above %s", entry.name())
                .isNotEmpty());
    }

    @Test
    void shouldListTheComposeVariablesInTheReadme() {
        String table = OperationsFiles.between(OperationsFiles.read(OperationsFiles.README),
                OperationsFiles.COMPOSE_ENV_START, OperationsFiles.COMPOSE_ENV_END);
        Map<String, String> documented = new LinkedHashMap<>();
        Pattern row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)` \\| ([^|]*) \\|");
        Matcher m = row.matcher(table);
        while (m.find()) {
            documented.put(m.group(1), m.group(2).strip());
        }
        Map<String, String> example = new LinkedHashMap<>();
        OperationsFiles.envExample().forEach((name, entry) -> example.put(name,
                entry.value().isEmpty() ? "required" : "`" + entry.value() + "`"));
        assertThat(documented).as("README compose variables table against .env.example").isEqualTo(example);
    }

    @Test
    void shouldAdvertiseAnInternalAndAnExternalKafkaListener() {
        JsonNode kafka = services.path("kafka");
        JsonNode env = kafka.path("environment");
        Map<String, String> listeners = listeners(env.path("KAFKA_LISTENERS").asText());
        Map<String, String> advertised = listeners(env.path("KAFKA_ADVERTISED_LISTENERS").asText());
        Map<String, String> protocols = Arrays.stream(env.path("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").asText().split(","))
                .map(p -> p.strip().split(":")).collect(Collectors.toMap(p -> p[0], p -> p[1]));

        assertThat(advertised).containsEntry("INTERNAL", "kafka:9092")
                .containsEntry("EXTERNAL", "localhost:${KAFKA_HOST_PORT:-29092}").doesNotContainKey("CONTROLLER");
        assertThat(listeners).containsKeys("INTERNAL", "EXTERNAL", "CONTROLLER");
        assertThat(listeners.get("CONTROLLER")).endsWith(":9093");
        assertThat(listeners.get("INTERNAL")).endsWith(":9092");
        assertThat(protocols).containsKeys(listeners.keySet().toArray(String[]::new));
        assertThat(env.path("KAFKA_INTER_BROKER_LISTENER_NAME").asText()).isEqualTo("INTERNAL");
        assertThat(env.path("KAFKA_CONTROLLER_LISTENER_NAMES").asText()).isEqualTo("CONTROLLER");
        assertThat(env.path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(env.path("KAFKA_NODE_ID").asText()).isEqualTo("1");
        assertThat(env.path("KAFKA_CONTROLLER_QUORUM_VOTERS").asText()).isEqualTo("1@kafka:9093");
        assertThat(env.path("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asText()).isEqualTo("1");
        assertThat(env.path("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asText()).isEqualTo("1");
        assertThat(env.path("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asText()).isEqualTo("1");

        // the host port maps onto the EXTERNAL listener's container port
        String externalPort = listeners.get("EXTERNAL").substring(listeners.get("EXTERNAL").lastIndexOf(':') + 1);
        assertThat(texts(kafka.path("ports"))).singleElement().asString().endsWith("${KAFKA_HOST_PORT:-29092}:" + externalPort);
        assertThat(String.join(" ", texts(kafka.path("volumes")))).contains("kafka-data:");
        assertThat(compose.path("volumes").has("kafka-data")).isTrue();
        assertThat(String.join(" ", texts(kafka.path("healthcheck").path("test"))))
                .contains("/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server kafka:9092");

        // containers use the INTERNAL listener
        assertThat(String.join(" ", texts(services.path("topics").path("command")))).contains("--bootstrap-servers kafka:9092");
        assertThat(services.path("schema-registry").path("environment").path("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS")
                .asText()).isEqualTo("kafka:9092");
        for (String name : List.of("ingest", "enrich", "sink")) {
            JsonNode serviceEnv = services.path(name).path("environment");
            assertThat(serviceEnv.path("KAFKA_BOOTSTRAP_SERVERS").asText()).as(name).isEqualTo("kafka:9092");
            assertThat(serviceEnv.path("SCHEMA_REGISTRY_URL").asText()).as(name).isEqualTo("http://schema-registry:8081");
        }
    }

    private static Map<String, String> listeners(String value) {
        Map<String, String> listeners = new LinkedHashMap<>();
        for (String listener : value.split(",")) {
            String[] parts = listener.strip().split("://", 2);
            assertThat(parts).as("listener %s", listener).hasSize(2);
            assertThat(listeners.put(parts[0], parts[1])).as("listener %s twice", parts[0]).isNull();
        }
        return listeners;
    }

    /** The named source of a short-syntax volume ("name:/path[:mode]"), or "" for an anonymous one ("/path"). */
    private static String sourceOf(String volume) {
        return volume.startsWith("/") ? "" : volume.substring(0, Math.max(0, volume.indexOf(':')));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.elements().forEachRemaining(e -> texts.add(e.asText()));
        return texts;
    }

    private static List<String> names(JsonNode map) {
        List<String> names = new ArrayList<>();
        map.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
