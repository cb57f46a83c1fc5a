package io.newsflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A Confluent Schema Registry REST client (JDK HTTP client, Jackson), compatible with Confluent Schema
 * Registry and with Apicurio Registry's {@code /apis/ccompat/v7}.
 *
 * <p>Caches: (subject, schema) to id for registrations and look-ups, id to schema for reads; both are
 * immutable facts in a registry, so entries never expire. {@link #latest} is not cached: it changes.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RestSchemaRegistryClient.class);
    private static final long FIRST_PAUSE_MS = 200;
    private static final long MAX_PAUSE_MS = 5_000;

    private final RegistryConfig config;
    private final HttpClient http;
    private final Map<SubjectSchema, Integer> idsBySchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(RegistryConfig config) {
        this.config = config;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.timeout());
        config.trustStore().ifPresent(store -> builder.sslContext(sslContext(store)));
        this.http = builder.build();
    }

    @Override
    public int register(String subject, Schema schema) {
        return cached(idsBySchema, new SubjectSchema(subject, schema),
                () -> idOf(post("/subjects/" + encode(subject) + "/versions", schemaBody(schema))));
    }

    @Override
    public int lookup(String subject, Schema schema) {
        return cached(idsBySchema, new SubjectSchema(subject, schema),
                () -> idOf(post("/subjects/" + encode(subject), schemaBody(schema))));
    }

    @Override
    public Schema schemaById(int id) {
        return cached(schemasById, id, () -> parse(get("/schemas/ids/" + id).path("schema").asText()));
    }

    /**
     * The cached answer, or the registry's, cached. Not {@code computeIfAbsent}: a call may wait out a registry
     * outage (see {@link #send}), and must not hold the map's lock meanwhile. Two threads may then both ask; both
     * get the same answer, since registry ids are immutable facts.
     */
    private static <K, V> V cached(Map<K, V> cache, K key, java.util.function.Supplier<V> ask) {
        V known = cache.get(key);
        if (known != null) {
            return known;
        }
        V answer = ask.get();
        V raced = cache.putIfAbsent(key, answer);
        return raced != null ? raced : answer;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        JsonNode node = get("/subjects/" + encode(subject) + "/versions/latest");
        Schema schema = parse(node.path("schema").asText());
        int id = node.path("id").asInt();
        schemasById.putIfAbsent(id, schema);
        return new RegisteredSchema(subject, id, node.path("version").asInt(), schema);
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        JsonNode node = post("/compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema));
        return node.path("is_compatible").asBoolean(false);
    }

    @Override
    public void close() {
        // the JDK client holds no resources that outlive it in Java 17
    }

    private JsonNode get(String path) {
        return send(path, builder -> builder.GET());
    }

    private JsonNode post(String path, String body) {
        return send(path, builder -> builder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * Sends a request; while the registry is unreachable or answers 502/503/504 it is sent again, with pauses
     * growing from 200 ms to 5 s, until {@link RegistryConfig#retryTimeout()} has passed: a registry restart is a
     * pause for the caller, not a failed record. Any other error answer is final at once.
     */
    private JsonNode send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> method) {
        long deadline = System.nanoTime() + config.retryTimeout().toNanos();
        long pauseMillis = FIRST_PAUSE_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                JsonNode answer = sendOnce(path, method);
                if (attempt > 1) {
                    LOG.info("Schema registry at {} answers again (attempt {})", config.urls(), attempt);
                }
                return answer;
            } catch (SchemaRegistryException e) {
                long leftMillis = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (!e.isTransient() || leftMillis <= 0) {
                    throw attempt == 1 ? e : new SchemaRegistryException(e.getMessage() + " (still, after " + attempt
                            + " attempts over " + config.retryTimeout().toMillis() + " ms)", e.status(), e.errorCode(), e);
                }
                if (attempt == 1) {
                    LOG.warn("{}; retrying for up to {} ms ({})", e.getMessage(), config.retryTimeout().toMillis(),
                            RegistryConfig.RETRY_TIMEOUT_MS);
                }
                pause(Math.min(pauseMillis, leftMillis), path);
                pauseMillis = Math.min(pauseMillis * 2, MAX_PAUSE_MS);
            }
        }
    }

    private static void pause(long millis, String path) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted while waiting to call the schema registry again for " + path,
                    -1, -1, e);
        }
    }

    /** Tries each configured URL in turn while they are unreachable; an HTTP error answer ends the attempt. */
    private JsonNode sendOnce(String path, java.util.function.UnaryOperator<HttpRequest.Builder> method) {
        IOException unreachable = null;
        for (String base : config.urls()) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(config.timeout())
                    .header("Accept", CONTENT_TYPE + ", application/json")
                    .header("Content-Type", CONTENT_TYPE);
            config.authorization().ifPresent(value -> builder.header("Authorization", value));
            try {
                HttpResponse<String> response = http.send(method.apply(builder).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return answer(base + path, response);
            } catch (IOException e) {
                if (isTls(e)) {
                    // a certificate the client does not trust will not become trusted by asking again
                    throw new SchemaRegistryException("TLS with the schema registry at " + base + " failed: " + describe(e)
                            + " (" + RegistryConfig.TRUSTSTORE_LOCATION + ")", 0, -1, e);
                }
                unreachable = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("Interrupted while calling the schema registry at " + base + path, -1, -1, e);
            }
        }
        throw new SchemaRegistryException("Schema registry unreachable at " + config.urls() + ": " + describe(unreachable),
                -1, -1, unreachable);
    }

    private static boolean isTls(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException) {
                return true;
            }
        }
        return false;
    }

    /** The JDK's connection errors often have no message ("java.net.ConnectException"): name the kind. */
    private static String describe(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static JsonNode answer(String url, HttpResponse<String> response) {
        JsonNode body = readJson(response.body());
        if (response.statusCode() / 100 == 2) {
            return body;
        }
        int errorCode = body.path("error_code").asInt(-1);
        String message = body.path("message").asText(response.body());
        throw new SchemaRegistryException("Schema registry answered HTTP " + response.statusCode()
                + (errorCode > 0 ? " (error " + errorCode + ")" : "") + " for " + url + ": " + message,
                response.statusCode(), errorCode, null);
    }

    private static JsonNode readJson(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            ObjectNode node = JSON.createObjectNode();
            node.put("message", body);
            return node;
        }
    }

    private static int idOf(JsonNode node) {
        if (!node.has("id")) {
            throw new SchemaRegistryException("Schema registry answer has no id: " + node, 200, -1, null);
        }
        return node.get("id").asInt();
    }

    private static String schemaBody(Schema schema) {
        ObjectNode body = JSON.createObjectNode();
        // no schemaType: AVRO is the default, and older registries reject the field
        body.put("schema", schema.toString());
        return body.toString();
    }

    private static Schema parse(String text) {
        try {
            return new Schema.Parser().setValidateDefaults(false).parse(text);
        } catch (org.apache.avro.SchemaParseException e) {
            throw new SchemaRegistryException("Schema registry returned a schema that is not valid Avro: "
                    + e.getMessage(), 200, -1, e);
        }
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }

    private record SubjectSchema(String subject, Schema schema) {
    }

    /** TLS that trusts the certificates of the given store (a private CA, a self-signed registry). */
    private static javax.net.ssl.SSLContext sslContext(RegistryConfig.TrustStore store) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(store.location())) {
            java.security.KeyStore keys = java.security.KeyStore.getInstance(store.type());
            keys.load(in, store.password());
            javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keys);
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new org.apache.kafka.common.config.ConfigException(RegistryConfig.TRUSTSTORE_LOCATION, store.location().toString(),
                    "cannot be used as a " + store.type() + " trust store: " + e.getMessage());
        }
    }
}
