package io.newsflow.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body into memory, never more than the limit plus one byte. */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(HttpExchange exchange, int limit) throws IOException, BodyTooLargeException {
        // An announced length over the limit is refused before a byte of the body is read.
        if (declaredLength(exchange) > limit) {
            throw new BodyTooLargeException(limit);
        }
        // Chunked bodies announce nothing: one byte past the limit is enough to know.
        InputStream in = exchange.getRequestBody();
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new BodyTooLargeException(limit);
        }
        return bytes;
    }

    /** -1 when absent or unparseable (HttpServer itself refuses a malformed Content-Length). */
    private static long declaredLength(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Content-Length");
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
