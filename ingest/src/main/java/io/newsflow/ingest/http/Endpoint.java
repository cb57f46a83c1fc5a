package io.newsflow.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** Decides the answer to a request; {@link JsonHandler} writes it, so endpoints never touch the response. */
@FunctionalInterface
interface Endpoint {

    /** @throws IOException when the request body could not be read (the client went away) */
    Reply handle(HttpExchange exchange) throws IOException;
}
