package io.newsflow.ingest.config;

import io.newsflow.schemas.config.ClientSettings;
import io.newsflow.schemas.config.ConfigKey;
import io.newsflow.schemas.config.ConfigurationException;
import io.newsflow.schemas.config.ConnectionKeys;
import io.newsflow.schemas.config.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the ingest service: defaults, then the properties file ({@code --config}), then the
 * environment, then command-line options. Loaded and checked once at start. The file and the environment may also
 * hold Kafka and registry client settings ({@link ClientSettings}: security, SASL, TLS…), passed to every client.
 */
public record IngestConfig(String bootstrapServers, String schemaRegistryUrl, String source, int maxBodyChars,
        int dedupCapacity, int batchArticles, String transactionalIdPrefix, String httpHost, int httpPort,
        Optional<String> httpToken, boolean httpAuth, int httpMaxBodyBytes, int httpRateLimit, ClientSettings clients) {

    public static final ConfigKey<String> BOOTSTRAP_SERVERS = ConnectionKeys.BOOTSTRAP_SERVERS;
    public static final ConfigKey<String> SCHEMA_REGISTRY_URL = ConnectionKeys.SCHEMA_REGISTRY_URL;
    public static final ConfigKey<String> SOURCE = ConfigKey.string("ingest.source", "NEWSFLOW_INGEST_SOURCE", "local",
            "Source name given to articles whose format names none (plain-text files, stdin). Part of the id of URL-less articles.");
    public static final ConfigKey<Integer> MAX_BODY_CHARS = ConfigKey.integer("ingest.max.body.chars",
            "NEWSFLOW_INGEST_MAX_BODY_CHARS", 1_000_000, 1_000, 50_000_000,
            "Longest accepted body after normalisation, in characters; longer articles are rejected.");
    public static final ConfigKey<Integer> DEDUP_CAPACITY = ConfigKey.integer("ingest.dedup.capacity",
            "NEWSFLOW_INGEST_DEDUP_CAPACITY", 1_000_000, 1_000, 100_000_000,
            "How many recent article ids the de-duplication memory holds (about 50 bytes of heap each: 128-bit keys in a half-full table and an eviction ring).");
    public static final ConfigKey<Integer> BATCH_ARTICLES = ConfigKey.integer("ingest.batch.articles",
            "NEWSFLOW_INGEST_BATCH_ARTICLES", 10_000, 1, 1_000_000,
            "Items per Kafka transaction: raw articles, rejections and seen-set entries commit together.");
    public static final ConfigKey<String> TRANSACTIONAL_ID_PREFIX = ConfigKey.string("ingest.transactional.id.prefix",
            "NEWSFLOW_INGEST_TRANSACTIONAL_ID_PREFIX", "newsflow-ingest",
            "Prefix of the producer's transactional.id (a random suffix keeps concurrent ingest processes apart).");
    public static final ConfigKey<String> HTTP_HOST = ConfigKey.string("ingest.http.host", "NEWSFLOW_INGEST_HTTP_HOST",
            "127.0.0.1", "Address the push endpoint binds to (0.0.0.0 for every interface).");
    public static final ConfigKey<Integer> HTTP_PORT = ConfigKey.integer("ingest.http.port", "NEWSFLOW_INGEST_HTTP_PORT",
            8090, 0, 65_535, "Port of the push endpoint (0: any free port).");
    public static final ConfigKey<String> HTTP_TOKEN = ConfigKey.optional("ingest.http.token", "NEWSFLOW_INGEST_TOKEN",
            "Bearer token clients must send to the push endpoint.");
    public static final ConfigKey<Boolean> HTTP_AUTH = ConfigKey.bool("ingest.http.auth", "NEWSFLOW_INGEST_HTTP_AUTH", true,
            "Require the bearer token; false runs the endpoint open (the demo does, on 127.0.0.1).");
    public static final ConfigKey<Integer> HTTP_MAX_BODY_BYTES = ConfigKey.integer("ingest.http.max.body.bytes",
            "NEWSFLOW_INGEST_HTTP_MAX_BODY_BYTES", 5 * 1024 * 1024, 1_024, 1_073_741_824,
            "Largest accepted request body; larger requests get 413.");
    public static final ConfigKey<Integer> HTTP_RATE_LIMIT = ConfigKey.integer("ingest.http.rate.limit",
            "NEWSFLOW_INGEST_HTTP_RATE_LIMIT", 50, 0, 1_000_000,
            "Requests a second each client address may make (bursts of twice that); more get 429. 0: no limit.");

    public static final List<ConfigKey<?>> KEYS = List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, SOURCE, MAX_BODY_CHARS,
            DEDUP_CAPACITY, BATCH_ARTICLES, TRANSACTIONAL_ID_PREFIX, HTTP_HOST, HTTP_PORT, HTTP_TOKEN, HTTP_AUTH,
            HTTP_MAX_BODY_BYTES, HTTP_RATE_LIMIT);

    public static IngestConfig load(Optional<Path> file, Map<String, String> env, Map<String, String> overrides) {
        Settings s = Settings.load(KEYS, file, env, overrides);
        IngestConfig config = new IngestConfig(s.get(BOOTSTRAP_SERVERS), s.get(SCHEMA_REGISTRY_URL), s.get(SOURCE),
                s.get(MAX_BODY_CHARS), s.get(DEDUP_CAPACITY), s.get(BATCH_ARTICLES), s.get(TRANSACTIONAL_ID_PREFIX),
                s.get(HTTP_HOST), s.get(HTTP_PORT), s.find(HTTP_TOKEN), s.get(HTTP_AUTH), s.get(HTTP_MAX_BODY_BYTES),
                s.get(HTTP_RATE_LIMIT), s.clients());
        return config;
    }

    /** Settings for every Kafka client of the service (security, SASL, TLS…); its own settings go on top. */
    public Map<String, Object> kafkaClient() {
        return clients.kafka();
    }

    /** Settings for the registry client (basic auth, trust store), to merge with the registry URL. */
    public Map<String, Object> registryClient() {
        return clients.registry();
    }

    /** The push endpoint refuses to run open unless asked to: a token, or ingest.http.auth=false. */
    public void requireHttpAuthDecision() {
        if (httpAuth && httpToken.isEmpty()) {
            throw new ConfigurationException(HTTP_TOKEN.name(), null, null, "the push endpoint requires a bearer token: set "
                    + HTTP_TOKEN.env() + " (or " + HTTP_TOKEN.name() + "), or " + HTTP_AUTH.name() + "=false to run it without one");
        }
    }
}
