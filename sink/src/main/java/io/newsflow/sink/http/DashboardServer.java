package io.newsflow.sink.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.schemas.ops.Health;
import io.newsflow.schemas.ops.OpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live dashboard: the page ({@code /}, its script, style and map data, all shipped in the jar, nothing
 * fetched from elsewhere), its JSON API ({@code /api/articles}, {@code /api/entities/top}, {@code /api/tone}),
 * a Server-Sent-Events stream of updates ({@code /api/events}), {@code /health} and {@code /metrics} (Prometheus). Read-only: anything but
 * GET and HEAD gets 405. Errors answer with a JSON reason, never a stack trace.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "io/newsflow/sink/dashboard/";
    private static final Pattern ASSET = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|js|css|json)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json");
    /** Concurrent event streams and requests; each stream holds a thread while it is open. */
    private static final int MAX_THREADS = 32;

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveUpdates updates;

    private DashboardServer(HttpServer server, ExecutorService threads, LiveUpdates updates) {
        this.server = server;
        this.threads = threads;
        this.updates = updates;
    }

    /**
     * @param health answers {@code /health}: {@code status} UP or DOWN and whatever else the service reports
     */
    public static DashboardServer start(String host, int port, DashboardData queries, PrometheusMeterRegistry metrics,
            Supplier<Health> health)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(MAX_THREADS, r -> {
            Thread thread = new Thread(r, "dashboard-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        LiveUpdates updates = new LiveUpdates(queries);
        server.createContext("/", exchange -> handle(exchange, () -> asset(exchange)));
        server.createContext("/api/articles", exchange -> handle(exchange, () -> json(exchange, 200,
                queries.latestArticles(limit(exchange)))));
        server.createContext("/api/entities/top", exchange -> handle(exchange, () -> json(exchange, 200, queries.topEntities())));
        server.createContext("/api/tone", exchange -> handle(exchange, () -> json(exchange, 200, queries.tone())));
        server.createContext("/api/events", exchange -> handle(exchange, () -> updates.stream(exchange)));
        server.createContext("/health", exchange -> handle(exchange, () -> OpsServer.serveHealth(exchange, health)));
        server.createContext("/metrics", exchange -> handle(exchange, () -> OpsServer.serveMetrics(exchange, metrics)));
        server.start();
        LOG.info("Dashboard on http://{}:{}/", host, server.getAddress().getPort());
        return new DashboardServer(server, threads, updates);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        updates.close();
        server.stop(0);
        threads.shutdownNow();
    }

    private interface Handler {
        void run() throws IOException;
    }

    /** Runs the handler; an error answers with a JSON reason (never a stack trace), and the exchange is closed last. */
    private static void handle(HttpExchange exchange, Handler handler) {
        try {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                json(exchange, 405, error("the dashboard is read-only: GET or HEAD"));
                return;
            }
            handler.run();
        } catch (InvalidStateStoreException e) {
            answerError(exchange, 503, "state stores not queryable yet (the sink is starting or rebalancing)");
        } catch (IOException e) {
            LOG.debug("Dashboard client went away: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Dashboard request {} failed", exchange.getRequestURI(), e);
            answerError(exchange, 500, "internal error");
        } finally {
            exchange.close();
        }
    }

    private static void answerError(HttpExchange exchange, int status, String reason) {
        try {
            json(exchange, status, error(reason));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not answer {} to {}: {}", status, exchange.getRequestURI(), e.getMessage());
        }
    }

    private static void asset(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String name = "/".equals(path) ? "index.html" : path.substring(1);
        InputStream resource = ASSET.matcher(name).matches()
                ? DashboardServer.class.getClassLoader().getResourceAsStream(ROOT + name) : null;
        if (resource == null) {
            json(exchange, 404, error("no such page: " + path));
            return;
        }
        try (resource) {
            byte[] body = resource.readAllBytes();
            securityHeaders(exchange);
            exchange.getResponseHeaders().set("Content-Type", TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, body);
        }
    }

    static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        securityHeaders(exchange);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The page's own files only: no inline script, no other origin; data shown as text is never markup. */
    static void securityHeaders(HttpExchange exchange) {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    }

    private static int limit(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("limit=")) {
                    try {
                        return Math.max(1, Math.min(500, Integer.parseInt(pair.substring(6))));
                    } catch (NumberFormatException e) {
                        return 50;
                    }
                }
            }
        }
        return 50;
    }

    static ObjectNode error(String reason) {
        return JSON.createObjectNode().put("error", reason);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
