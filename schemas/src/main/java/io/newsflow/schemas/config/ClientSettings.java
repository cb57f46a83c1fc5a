package io.newsflow.schemas.config;

import io.newsflow.schemas.registry.RegistryConfig;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The client settings a service passes to every Kafka client it creates (producer, consumer, admin, Kafka Streams)
 * and to its schema registry client: security (SASL, TLS), timeouts, the registry's basic auth and trust store.
 *
 * <p>They come from the service's properties file, under their Kafka (or Confluent registry client) names, and from
 * the environment, which wins: {@code KAFKA_} and the Kafka name upper-cased with dots as underscores
 * ({@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_JAAS_CONFIG}), and {@code SCHEMA_REGISTRY_…} for the registry
 * ({@link #registryEnvironment()}). Only real client setting names are taken from the environment, so variables
 * such as {@code KAFKA_HEAP_OPTS} are ignored; blank variables are ignored too, as in {@link Settings}.
 * {@code bootstrap.servers} and {@code schema.registry.url} are not among them: they are the services' own
 * {@link ConnectionKeys}.
 *
 * <p>Settings the pipeline's guarantees depend on (acks, idempotence, transactions, isolation, offsets, serdes,
 * consumer groups…) are set by the services and refused here, with the reason. Values are never printed, in
 * {@link #toString()} or in errors: many are secrets (passwords, JAAS configs).
 */
public final class ClientSettings {

    public static final String KAFKA_ENV_PREFIX = "KAFKA_";

    /** Every producer, consumer and admin client setting name, {@code bootstrap.servers} included. */
    private static final Set<String> KAFKA_NAMES = kafkaNames();

    /** The environment variable of each Kafka client setting, except bootstrap.servers (a {@link ConnectionKeys} key). */
    private static final Map<String, String> KAFKA_ENV = KAFKA_NAMES.stream()
            .filter(name -> !name.equals(ConnectionKeys.BOOTSTRAP_SERVERS.name()))
            .collect(Collectors.toUnmodifiableMap(ClientSettings::kafkaEnv, name -> name));

    private static final Map<String, String> REGISTRY_ENV = registryEnv();

    /** Settings that stay the services' own, with the reason each is refused. */
    private static final Map<String, String> GUARDED = guarded();

    private final Map<String, Object> kafka;
    private final Map<String, Object> registry;
    private final Map<String, String> origins;

    private ClientSettings(Map<String, Object> kafka, Map<String, Object> registry, Map<String, String> origins) {
        this.kafka = Collections.unmodifiableMap(kafka);
        this.registry = Collections.unmodifiableMap(registry);
        this.origins = Collections.unmodifiableMap(origins);
    }

    /** No client settings: plain connections, no registry auth. */
    public static ClientSettings none() {
        return new ClientSettings(Map.of(), Map.of(), Map.of());
    }

    /**
     * A client config file of its own (for commands without a service config) and the environment. Every key of
     * the file must be a client setting.
     */
    public static ClientSettings load(Optional<Path> file, Map<String, String> env) {
        Map<String, String> fromFile = file.map(Settings::read).orElse(Map.of());
        String where = file.map(Path::toString).orElse("");
        ClientSettings settings = from(fromFile, where, env);
        new TreeSet<>(fromFile.keySet()).stream().filter(name -> !isClientKey(name)).findFirst().ifPresent(name -> {
            throw new ConfigurationException(name, null, where, "unknown key; a client config file holds Kafka client "
                    + "settings (security.protocol, sasl.*, ssl.*, timeouts…) and schema registry client settings "
                    + REGISTRY_ENV.keySet());
        });
        return settings;
    }

    /**
     * The client settings among a file's keys (the others are left to the caller) and in the environment. A key the
     * services set themselves is refused, wherever it comes from.
     */
    static ClientSettings from(Map<String, String> fromFile, String where, Map<String, String> env) {
        Map<String, Object> kafka = new TreeMap<>();
        Map<String, Object> registry = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        for (String name : new TreeSet<>(fromFile.keySet())) {
            refuseGuarded(name, where);
            if (isClientKey(name)) {
                put(name, fromFile.get(name), where, kafka, registry, origins);
            }
        }
        new TreeMap<>(KAFKA_ENV).forEach((variable, name) -> fromEnv(variable, name, env, kafka, registry, origins));
        REGISTRY_ENV.forEach((name, variable) -> fromEnv(variable, name, env, kafka, registry, origins));
        return new ClientSettings(kafka, registry, origins);
    }

    /** Whether {@code name} is a setting passed through to the clients: a Kafka client or registry client setting. */
    public static boolean isClientKey(String name) {
        return REGISTRY_ENV.containsKey(name) || KAFKA_NAMES.contains(name) && !GUARDED.containsKey(name);
    }

    /** The environment variable of a Kafka client setting: {@code KAFKA_} and the name, upper case, dots as underscores. */
    public static String kafkaEnv(String name) {
        return KAFKA_ENV_PREFIX + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The registry client settings and their environment variables. */
    public static Map<String, String> registryEnvironment() {
        return REGISTRY_ENV;
    }

    /** The settings the services set themselves, each with why it cannot be changed. */
    public static Map<String, String> guardedSettings() {
        return GUARDED;
    }

    /** For every Kafka client: put the client's own settings on top. */
    public Map<String, Object> kafka() {
        return kafka;
    }

    /** For the registry client: merge with {@link RegistryConfig#URL}. */
    public Map<String, Object> registry() {
        return registry;
    }

    /** Where each setting came from (file or variable), for a start-up log line: names only, never values. */
    public Map<String, String> origins() {
        return origins;
    }

    /** A new map: the pass-through settings, then the client's own on top (they win). */
    public static Map<String, Object> onTop(Map<String, ?> passThrough, Map<String, ?> own) {
        Map<String, Object> merged = new HashMap<>(passThrough);
        merged.putAll(own);
        return merged;
    }

    private static void fromEnv(String variable, String name, Map<String, String> env, Map<String, Object> kafka,
            Map<String, Object> registry, Map<String, String> origins) {
        String value = env.get(variable);
        if (value != null && !value.isBlank()) {
            String origin = "environment " + variable;
            refuseGuarded(name, origin);
            put(name, value, origin, kafka, registry, origins);
        }
    }

    private static void put(String name, String value, String origin, Map<String, Object> kafka,
            Map<String, Object> registry, Map<String, String> origins) {
        (REGISTRY_ENV.containsKey(name) ? registry : kafka).put(name, value);
        origins.put(name, origin);
    }

    private static void refuseGuarded(String name, String origin) {
        String reason = GUARDED.get(name);
        if (reason != null) {
            throw new ConfigurationException(name, null, origin, reason);
        }
    }

    private static Set<String> kafkaNames() {
        Set<String> names = new TreeSet<>(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return Collections.unmodifiableSet(names);
    }

    private static Map<String, String> registryEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(RegistryConfig.CREDENTIALS_SOURCE, "SCHEMA_REGISTRY_BASIC_AUTH_CREDENTIALS_SOURCE");
        env.put(RegistryConfig.USER_INFO, "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO");
        env.put(RegistryConfig.TRUSTSTORE_LOCATION, "SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION");
        env.put(RegistryConfig.TRUSTSTORE_PASSWORD, "SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD");
        env.put(RegistryConfig.TRUSTSTORE_TYPE, "SCHEMA_REGISTRY_SSL_TRUSTSTORE_TYPE");
        env.put(RegistryConfig.TIMEOUT_MS, "SCHEMA_REGISTRY_REQUEST_TIMEOUT_MS");
        env.put(RegistryConfig.RETRY_TIMEOUT_MS, "SCHEMA_REGISTRY_RETRY_TIMEOUT_MS");
        return Collections.unmodifiableMap(env);
    }

    private static Map<String, String> guarded() {
        String exactlyOnce = "set by newsflow: its producers are idempotent with acks=all, which exactly-once delivery needs";
        String serdes = "set by newsflow: keys are UTF-8 strings and values Avro in Confluent's wire format, per topic";
        String partitioning = "set by newsflow: records are partitioned by key, which per-key order and Kafka Streams' "
                + "co-partitioning rely on";
        Map<String, String> guarded = new LinkedHashMap<>();
        guarded.put(ProducerConfig.ACKS_CONFIG, exactlyOnce);
        guarded.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, exactlyOnce);
        guarded.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "set by newsflow: each transactional producer gets an id "
                + "of its own (ingest.transactional.id.prefix; Kafka Streams derives its ids from the application id)");
        guarded.put(ProducerConfig.TRANSACTION_TWO_PHASE_COMMIT_ENABLE_CONFIG, "set by newsflow: its transactions "
                + "commit within the producer, not through an external coordinator");
        guarded.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "set by newsflow: consumers read committed records only "
                + "(read_committed), so aborted transactions stay invisible");
        guarded.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "set by newsflow: offsets commit together with the output "
                + "(in the transaction, or by Kafka Streams), never on a timer");
        guarded.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "set by newsflow: where a new consumer group starts (the "
                + "earliest offset) decides whether records are skipped");
        guarded.put(ConsumerConfig.GROUP_ID_CONFIG, "set by newsflow: the consumer group is the service's application "
                + "id (<service>.application.id)");
        guarded.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, serdes);
        guarded.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, serdes);
        guarded.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, serdes);
        guarded.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, serdes);
        guarded.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, partitioning);
        guarded.put(ProducerConfig.PARTITIONER_IGNORE_KEYS_CONFIG, partitioning);
        guarded.put("processing.guarantee", "set by newsflow: use <service>.processing.guarantee "
                + "(exactly_once_v2 or at_least_once)");
        guarded.put("application.id", "set by newsflow: use <service>.application.id");
        guarded.put(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, "set by newsflow: clients reach Kafka through "
                + "bootstrap.servers (KAFKA_BOOTSTRAP_SERVERS)");
        guarded.put(ConnectionKeys.BOOTSTRAP_SERVERS.name(), "not a client setting: give it with --bootstrap-servers "
                + "or the environment variable " + ConnectionKeys.BOOTSTRAP_SERVERS.env());
        guarded.put(ConnectionKeys.SCHEMA_REGISTRY_URL.name(), "not a client setting: give it with "
                + "--schema-registry-url or the environment variable " + ConnectionKeys.SCHEMA_REGISTRY_URL.env());
        return Collections.unmodifiableMap(guarded);
    }

    /** The names and where each came from; never the values. */
    @Override
    public String toString() {
        return "ClientSettings[kafka=" + describe(kafka.keySet()) + ", registry=" + describe(registry.keySet()) + "]";
    }

    private String describe(Set<String> names) {
        return names.stream().sorted().map(name -> name + " (" + origins.get(name) + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
