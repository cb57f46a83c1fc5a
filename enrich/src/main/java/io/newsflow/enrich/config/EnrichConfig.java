package io.newsflow.enrich.config;

import io.newsflow.schemas.config.ClientSettings;
import io.newsflow.schemas.config.ConfigKey;
import io.newsflow.schemas.config.ConnectionKeys;
import io.newsflow.schemas.config.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the enrich service: defaults, then the properties file ({@code --config}), then the
 * environment, then command-line options. Loaded and checked once at start; a bad value names its key. The file
 * and the environment may also hold Kafka and registry client settings ({@link ClientSettings}: security, SASL,
 * TLS…), passed to every client.
 */
public record EnrichConfig(String bootstrapServers, String schemaRegistryUrl, String applicationId, int threads,
        Path stateDir, String processingGuarantee, int commitIntervalMs, String engine, String onThreadDeath, String httpHost,
        int httpPort, ClientSettings clients) {

    public static final String EXACTLY_ONCE = "exactly_once_v2";
    public static final String AT_LEAST_ONCE = "at_least_once";
    public static final String ENGINE_NLP = "nlp";
    public static final String ENGINE_PASS_THROUGH = "pass-through";
    public static final String EXIT = "exit";
    public static final String REPLACE = "replace";

    public static final ConfigKey<String> BOOTSTRAP_SERVERS = ConnectionKeys.BOOTSTRAP_SERVERS;
    public static final ConfigKey<String> SCHEMA_REGISTRY_URL = ConnectionKeys.SCHEMA_REGISTRY_URL;
    public static final ConfigKey<String> APPLICATION_ID = ConfigKey.string("enrich.application.id",
            "NEWSFLOW_ENRICH_APPLICATION_ID", "newsflow-enrich",
            "Kafka Streams application id: instances with the same id share the work (and the consumer group).");
    public static final ConfigKey<Integer> THREADS = ConfigKey.integer("enrich.threads", "NEWSFLOW_ENRICH_THREADS", 1, 1, 64,
            "Stream threads in this instance; all share one copy of the NLP models.");
    public static final ConfigKey<String> STATE_DIR = ConfigKey.string("enrich.state.dir", "NEWSFLOW_ENRICH_STATE_DIR",
            "data/enrich-state", "Kafka Streams state directory (the topology keeps no state stores; Streams still locks it).");
    public static final ConfigKey<String> PROCESSING_GUARANTEE = ConfigKey.string("enrich.processing.guarantee",
            "NEWSFLOW_ENRICH_PROCESSING_GUARANTEE", EXACTLY_ONCE,
            "exactly_once_v2 (each raw record gives one committed enriched record or dead letter) or at_least_once.");
    public static final ConfigKey<Integer> COMMIT_INTERVAL_MS = ConfigKey.integer("enrich.commit.interval.ms",
            "NEWSFLOW_ENRICH_COMMIT_INTERVAL_MS", 100, 10, 600_000,
            "How often offsets and output commit; under exactly-once, read_committed consumers see output after it.");
    public static final ConfigKey<String> ENGINE = ConfigKey.string("enrich.engine", "NEWSFLOW_ENRICH_ENGINE", ENGINE_NLP,
            "nlp (entities, places, tone) or pass-through (no analysis; for measuring the pipeline without NLP).");
    public static final ConfigKey<String> ON_THREAD_DEATH = ConfigKey.string("enrich.on.thread.death",
            "NEWSFLOW_ENRICH_ON_THREAD_DEATH", EXIT,
            "exit: a stream thread killed by an unexpected error stops the process with a non-zero code, so the "
            + "operator's restart policy acts; replace: start a new thread in its place.");

    public static final ConfigKey<String> HTTP_HOST = ConfigKey.string("enrich.http.host", "NEWSFLOW_ENRICH_HTTP_HOST",
            "127.0.0.1", "Address of the /health and /metrics endpoints (0.0.0.0 for every interface).");
    public static final ConfigKey<Integer> HTTP_PORT = ConfigKey.integer("enrich.http.port", "NEWSFLOW_ENRICH_HTTP_PORT", -1, -1,
            65_535, "Port of /health and /metrics; -1: not served, 0: any free port (docker-compose sets 8091).");

    public static final List<ConfigKey<?>> KEYS = List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, APPLICATION_ID, THREADS,
            STATE_DIR, PROCESSING_GUARANTEE, COMMIT_INTERVAL_MS, ENGINE, ON_THREAD_DEATH, HTTP_HOST, HTTP_PORT);

    public static EnrichConfig load(Optional<Path> file, Map<String, String> env, Map<String, String> overrides) {
        Settings s = Settings.load(KEYS, file, env, overrides);
        return new EnrichConfig(s.get(BOOTSTRAP_SERVERS), s.get(SCHEMA_REGISTRY_URL), s.get(APPLICATION_ID),
                s.get(THREADS), Path.of(s.get(STATE_DIR)), s.oneOf(PROCESSING_GUARANTEE, EXACTLY_ONCE, AT_LEAST_ONCE),
                s.get(COMMIT_INTERVAL_MS), s.oneOf(ENGINE, ENGINE_NLP, ENGINE_PASS_THROUGH), s.oneOf(ON_THREAD_DEATH, EXIT, REPLACE),
                s.get(HTTP_HOST), s.get(HTTP_PORT), s.clients());
    }

    /** Settings for every Kafka client of the service (security, SASL, TLS…); its own settings go on top. */
    public Map<String, Object> kafkaClient() {
        return clients.kafka();
    }

    /** Settings for the registry client (basic auth, trust store), to merge with the registry URL. */
    public Map<String, Object> registryClient() {
        return clients.registry();
    }

}
