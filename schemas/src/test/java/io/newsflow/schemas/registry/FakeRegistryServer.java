package io.newsflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny HTTP server speaking the Confluent Schema Registry API (the calls our client makes), recording
 * every request, so unit tests see the exact paths, headers and caching of the REST client.
 */
public final class FakeRegistryServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSIONS = Pattern.compile("/subjects/([^/]+)/versions");
    private static final Pattern LATEST = Pattern.compile("/subjects/([^/]+)/versions/latest");
    private static final Pattern SUBJECT = Pattern.compile("/subjects/([^/]+)");
    private static final Pattern BY_ID = Pattern.compile("/schemas/ids/(\\d+)");

    private final HttpServer server;
    private final String scheme;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, String> schemasById = new LinkedHashMap<>();
    private final Map<String, List<Integer>> subjects = new LinkedHashMap<>();
    private volatile int failWith;

    public FakeRegistryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        scheme = "http";
        server.createContext("/", this::handle);
        server.start();
    }

    /** Served over TLS with the given server certificate and key. */
    public FakeRegistryServer(javax.net.ssl.SSLContext tls) throws IOException {
        com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
        server = https;
        scheme = "https";
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return scheme + "://" + ("https".equals(scheme) ? "localhost" : "127.0.0.1") + ":" + server.getAddress().getPort();
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** Every following request answers this HTTP status with a Confluent error body (0: behave). */
    public void failWith(int status) {
        failWith = status;
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(method + " " + path);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (failWith != 0) {
            reply(exchange, failWith, "{\"error_code\":" + failWith + "01,\"message\":\"injected failure\"}");
            return;
        }
        Matcher m;
        if (method.equals("GET") && (m = BY_ID.matcher(path)).matches()) {
            String schema = schemasById.get(Integer.parseInt(m.group(1)));
            reply(exchange, schema == null ? 404 : 200, schema == null
                    ? "{\"error_code\":40403,\"message\":\"Schema not found\"}"
                    : JSON.createObjectNode().put("schema", schema).toString());
        } else if (method.equals("GET") && (m = LATEST.matcher(path)).matches()) {
            latest(exchange, m.group(1));
        } else if (method.equals("POST") && (m = VERSIONS.matcher(path)).matches()) {
            reply(exchange, 200, "{\"id\":" + register(m.group(1), schemaOf(body)) + "}");
        } else if (method.equals("POST") && (m = SUBJECT.matcher(path)).matches()) {
            lookup(exchange, m.group(1), schemaOf(body));
        } else {
            reply(exchange, 404, "{\"error_code\":404,\"message\":\"no route\"}");
        }
    }

    private int register(String subject, String schema) {
        int id = schemasById.entrySet().stream().filter(e -> e.getValue().equals(schema)).map(Map.Entry::getKey)
                .findFirst().orElseGet(() -> {
                    int next = schemasById.size() + 1;
                    schemasById.put(next, schema);
                    return next;
                });
        List<Integer> versions = subjects.computeIfAbsent(subject, key -> new ArrayList<>());
        if (!versions.contains(id)) {
            versions.add(id);
        }
        return id;
    }

    private void lookup(HttpExchange exchange, String subject, String schema) throws IOException {
        List<Integer> versions = subjects.getOrDefault(subject, List.of());
        for (int i = 0; i < versions.size(); i++) {
            if (schemasById.get(versions.get(i)).equals(schema)) {
                reply(exchange, 200, "{\"subject\":\"" + subject + "\",\"id\":" + versions.get(i) + ",\"version\":" + (i + 1) + "}");
                return;
            }
        }
        reply(exchange, 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
    }

    private void latest(HttpExchange exchange, String subject) throws IOException {
        List<Integer> versions = subjects.getOrDefault(subject, List.of());
        if (versions.isEmpty()) {
            reply(exchange, 404, "{\"error_code\":40401,\"message\":\"Subject not found\"}");
            return;
        }
        int id = versions.get(versions.size() - 1);
        reply(exchange, 200, JSON.createObjectNode().put("subject", subject).put("id", id)
                .put("version", versions.size()).put("schema", schemasById.get(id)).toString());
    }

    private static String schemaOf(String body) throws IOException {
        JsonNode node = JSON.readTree(body);
        return new org.apache.avro.Schema.Parser().parse(node.path("schema").asText()).toString();
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
