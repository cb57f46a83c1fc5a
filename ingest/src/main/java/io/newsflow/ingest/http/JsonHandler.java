package io.newsflow.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an endpoint and writes its reply as JSON. The one place that turns unexpected failures into 500 and
 * logs each request (at DEBUG: a push endpoint under load would otherwise flood INFO).
 */
final class JsonHandler implements HttpHandler {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(JsonHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoint endpoint;

    JsonHandler(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        try (exchange) {
            Reply reply = replyTo(exchange);
            write(exchange, reply);
            LOG.debug("{} {} -> {} ({} items, {} ms)", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    reply.status(), reply.items(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            // The client went away mid-request or mid-answer; nobody is left to tell.
            LOG.debug("{} {} from {} abandoned: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRemoteAddress(), e.toString());
        }
    }

    private Reply replyTo(HttpExchange exchange) throws IOException {
        try {
            return endpoint.handle(exchange);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            return Reply.error(500, "internal error");
        }
    }

    private static void write(HttpExchange exchange, Reply reply) throws IOException {
        byte[] json = JSON.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        // HEAD answers carry headers only; HttpServer warns when given a length for them.
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(reply.status(), head ? -1 : json.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
                if ("close".equalsIgnoreCase(reply.headers().get("Connection"))) {
                    // The answer goes out first (a client may wait for it before sending its body); then what is
                    // left of the request is read, within a bound, so closing does not reset the connection and
                    // destroy the answer before the client has read it (seen in a test).
                    out.flush();
                    BoundedBody.discardRest(exchange);
                }
            }
        }
    }
}
