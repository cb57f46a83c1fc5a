package io.newsflow.schemas.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoints of a service that has no other HTTP server (enrich), and the handlers the others
 * (ingest's push endpoint, sink's dashboard) mount: {@code GET /health} (200 when live and ready, 503 otherwise,
 * {@code ?probe=live} for liveness only) and {@code GET /metrics} (Prometheus text format).
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    public static OpsServer start(String host, int port, PrometheusMeterRegistry metrics, Supplier<Health> health) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + " for /health and /metrics", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "ops-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/health", exchange -> serveHealth(exchange, health));
        server.createContext("/metrics", exchange -> serveMetrics(exchange, metrics));
        server.createContext("/", exchange -> answer(exchange, 404, "application/json; charset=utf-8", "{\"error\":\"not found: /health or /metrics\"}"));
        server.start();
        LOG.info("Health and metrics on http://{}:{}/health and /metrics", host, server.getAddress().getPort());
        return new OpsServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public static void serveHealth(HttpExchange exchange, Supplier<Health> health) throws IOException {
        Health now = health.get();
        boolean livenessOnly = "probe=live".equals(exchange.getRequestURI().getQuery());
        boolean ok = livenessOnly ? now.live() : now.live() && now.ready();
        answer(exchange, ok ? 200 : 503, "application/json; charset=utf-8", JSON.writeValueAsString(now.json()));
    }

    public static void serveMetrics(HttpExchange exchange, PrometheusMeterRegistry metrics) throws IOException {
        answer(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                status = 405;
                body = "{\"error\":\"GET only\"}";
                type = "application/json; charset=utf-8";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
