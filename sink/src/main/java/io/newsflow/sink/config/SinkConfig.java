package io.newsflow.sink.config;

import io.newsflow.schemas.config.ClientSettings;
import io.newsflow.schemas.config.ConfigKey;
import io.newsflow.schemas.config.ConnectionKeys;
import io.newsflow.schemas.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the sink service: defaults, then the properties file ({@code --config}), then the
 * environment, then command-line options. Loaded and checked once at start; a bad value names its key. The file
 * and the environment may also hold Kafka and registry client settings ({@link ClientSettings}: security, SASL,
 * TLS…), passed to every client.
 */
public record SinkConfig(String bootstrapServers, String schemaRegistryUrl, String applicationId, int threads,
        Path stateDir, String processingGuarantee, int commitIntervalMs, Duration window, Duration grace, int topN,
        double alertMaxScore, Optional<Path> watchList, boolean jsonMirrors, int latestArticles, String httpHost,
        int httpPort, String onThreadDeath, ClientSettings clients) {

    public static final String EXACTLY_ONCE = "exactly_once_v2";
    public static final String AT_LEAST_ONCE = "at_least_once";
    public static final String EXIT = "exit";
    public static final String REPLACE = "replace";

    public static final ConfigKey<String> BOOTSTRAP_SERVERS = ConnectionKeys.BOOTSTRAP_SERVERS;
    public static final ConfigKey<String> SCHEMA_REGISTRY_URL = ConnectionKeys.SCHEMA_REGISTRY_URL;
    public static final ConfigKey<String> APPLICATION_ID = ConfigKey.string("sink.application.id",
            "NEWSFLOW_SINK_APPLICATION_ID", "newsflow-sink",
            "Kafka Streams application id of the sink (its own consumer group, state stores and internal topics).");
    public static final ConfigKey<Integer> THREADS = ConfigKey.integer("sink.threads", "NEWSFLOW_SINK_THREADS", 1, 1, 64,
            "Stream threads in this instance.");
    public static final ConfigKey<String> STATE_DIR = ConfigKey.string("sink.state.dir", "NEWSFLOW_SINK_STATE_DIR",
            "data/sink-state", "Kafka Streams state directory: window counts, latest articles (rebuilt from changelogs if lost).");
    public static final ConfigKey<String> PROCESSING_GUARANTEE = ConfigKey.string("sink.processing.guarantee",
            "NEWSFLOW_SINK_PROCESSING_GUARANTEE", EXACTLY_ONCE, "exactly_once_v2 or at_least_once.");
    public static final ConfigKey<Integer> COMMIT_INTERVAL_MS = ConfigKey.integer("sink.commit.interval.ms",
            "NEWSFLOW_SINK_COMMIT_INTERVAL_MS", 200, 10, 600_000,
            "How often output commits; under exactly-once, read_committed consumers see output after it.");
    public static final ConfigKey<Integer> WINDOW_MINUTES = ConfigKey.integer("sink.window.minutes",
            "NEWSFLOW_SINK_WINDOW_MINUTES", 15, 1, 7 * 24 * 60, "Size of the tumbling windows of trends and tone by country.");
    public static final ConfigKey<Integer> GRACE_MINUTES = ConfigKey.integer("sink.grace.minutes",
            "NEWSFLOW_SINK_GRACE_MINUTES", 5, 0, 7 * 24 * 60,
            "How long after a window's end (in event time) late articles still count; the window's final counts "
            + "are emitted when it has passed.");
    public static final ConfigKey<Integer> TOP_N = ConfigKey.integer("sink.top.n", "NEWSFLOW_SINK_TOP_N", 10, 1, 1_000,
            "Entities ranked in each window (their trend records carry rank 1…N; the others rank null).");
    public static final ConfigKey<Double> ALERT_MAX_SCORE = ConfigKey.decimal("sink.alert.max.score",
            "NEWSFLOW_SINK_ALERT_MAX_SCORE", -0.3, -1, 1,
            "An article alerts when its sentiment score is at most this and it matches a watch-list rule (a rule may set its own).");
    public static final ConfigKey<String> WATCH_LIST = ConfigKey.optional("sink.watchlist.file", "NEWSFLOW_SINK_WATCHLIST_FILE",
            "JSON file of alert rules (see sink/README.md); none: no alerts.");
    public static final ConfigKey<Boolean> JSON_MIRRORS = ConfigKey.bool("sink.json.mirrors", "NEWSFLOW_SINK_JSON_MIRRORS", false,
            "Also write every output as plain JSON to <topic>.json, for tools that cannot read Avro.");
    public static final ConfigKey<Integer> LATEST_ARTICLES = ConfigKey.integer("sink.latest.articles",
            "NEWSFLOW_SINK_LATEST_ARTICLES", 100, 1, 10_000, "Recent articles each partition keeps for the dashboard.");
    public static final ConfigKey<String> HTTP_HOST = ConfigKey.string("sink.http.host", "NEWSFLOW_SINK_HTTP_HOST",
            "127.0.0.1", "Address the dashboard binds to (0.0.0.0 for every interface).");
    public static final ConfigKey<Integer> HTTP_PORT = ConfigKey.integer("sink.http.port", "NEWSFLOW_SINK_HTTP_PORT", -1, -1,
            65_535, "Port of the dashboard and its JSON API; -1: no dashboard, 0: any free port.");
    public static final ConfigKey<String> ON_THREAD_DEATH = ConfigKey.string("sink.on.thread.death",
            "NEWSFLOW_SINK_ON_THREAD_DEATH", EXIT, "exit (non-zero exit code, for the restart policy) or replace.");

    public static final List<ConfigKey<?>> KEYS = List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, APPLICATION_ID, THREADS,
            STATE_DIR, PROCESSING_GUARANTEE, COMMIT_INTERVAL_MS, WINDOW_MINUTES, GRACE_MINUTES, TOP_N, ALERT_MAX_SCORE,
            WATCH_LIST, JSON_MIRRORS, LATEST_ARTICLES, HTTP_HOST, HTTP_PORT, ON_THREAD_DEATH);

    public static SinkConfig load(Optional<Path> file, Map<String, String> env, Map<String, String> overrides) {
        Settings s = Settings.load(KEYS, file, env, overrides);
        return new SinkConfig(s.get(BOOTSTRAP_SERVERS), s.get(SCHEMA_REGISTRY_URL), s.get(APPLICATION_ID), s.get(THREADS),
                Path.of(s.get(STATE_DIR)), s.oneOf(PROCESSING_GUARANTEE, EXACTLY_ONCE, AT_LEAST_ONCE), s.get(COMMIT_INTERVAL_MS),
                Duration.ofMinutes(s.get(WINDOW_MINUTES)), Duration.ofMinutes(s.get(GRACE_MINUTES)), s.get(TOP_N),
                s.get(ALERT_MAX_SCORE), s.find(WATCH_LIST).map(Path::of), s.get(JSON_MIRRORS), s.get(LATEST_ARTICLES),
                s.get(HTTP_HOST), s.get(HTTP_PORT), s.oneOf(ON_THREAD_DEATH, EXIT, REPLACE), s.clients());
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
