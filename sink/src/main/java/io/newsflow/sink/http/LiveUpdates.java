package io.newsflow.sink.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * {@code /api/events}: Server-Sent Events, one {@code update} a second when something changed (the articles
 * not sent before on this stream, the top entities and the tone by country), a comment line otherwise to keep
 * the connection alive. Each stream polls the stores itself: no state shared between clients.
 */
final class LiveUpdates implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PERIOD_MS = 1_000;
    private static final int MAX_ARTICLES = 50;

    private final DashboardData queries;
    private volatile boolean closed;

    LiveUpdates(DashboardData queries) {
        this.queries = queries;
    }

    void stream(HttpExchange exchange) throws IOException {
        DashboardServer.securityHeaders(exchange);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Set<String> sent = new HashSet<>();
        JsonNode lastEntities = null;
        JsonNode lastTone = null;
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(DashboardServer.utf8("retry: 2000\n\n"));
            out.flush();
            while (!closed && !Thread.currentThread().isInterrupted()) {
                ObjectNode update = snapshot(sent, lastEntities, lastTone);
                if (update != null) {
                    lastEntities = update.get("topEntities");
                    lastTone = update.get("tone");
                    out.write(DashboardServer.utf8("event: update\ndata: " + JSON.writeValueAsString(update) + "\n\n"));
                } else {
                    out.write(DashboardServer.utf8(": quiet\n\n"));
                }
                out.flush();
                sleep();
            }
        }
    }

    /** The update to send, or null when nothing changed since the last one. */
    private ObjectNode snapshot(Set<String> sent, JsonNode lastEntities, JsonNode lastTone) {
        ArrayNode fresh = JSON.createArrayNode();
        JsonNode entities;
        JsonNode tone;
        try {
            for (JsonNode article : queries.latestArticles(MAX_ARTICLES).get("articles")) {
                if (sent.add(article.get("id").asText())) {
                    fresh.add(article);
                }
            }
            entities = queries.topEntities();
            tone = queries.tone();
        } catch (InvalidStateStoreException e) {
            return null; // rebalancing: try again next second
        }
        if (fresh.isEmpty() && entities.equals(lastEntities) && tone.equals(lastTone)) {
            return null;
        }
        ObjectNode update = JSON.createObjectNode();
        update.set("articles", fresh);
        update.set("topEntities", entities);
        update.set("tone", tone);
        return update;
    }

    private static void sleep() {
        try {
            Thread.sleep(PERIOD_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
