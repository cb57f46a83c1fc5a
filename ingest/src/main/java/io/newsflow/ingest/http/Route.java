package io.newsflow.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * One path and the one method it accepts. HttpServer contexts match by prefix ("/articles" also catches
 * "/articles/1" and "/articlesX"), so the exact path is checked here.
 */
record Route(String path, String method, Endpoint target) implements Endpoint {

    static Endpoint notFound() {
        return exchange -> Reply.error(404, "not found: " + exchange.getRequestURI().getPath());
    }

    @Override
    public Reply handle(HttpExchange exchange) throws IOException {
        if (!path.equals(exchange.getRequestURI().getPath())) {
            return notFound().handle(exchange);
        }
        if (!method.equals(exchange.getRequestMethod())) {
            return Reply.error(405, "method not allowed: " + exchange.getRequestMethod()).withHeader("Allow", method);
        }
        return target.handle(exchange);
    }
}
