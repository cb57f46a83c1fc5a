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

    /**
     * Reads and drops what is left of a refused body, up to {@value #DRAIN_AT_MOST_BYTES} bytes: closing a
     * connection with unread request bytes makes the kernel reset it, and a reset can destroy the 413 answer
     * before the client has read it (seen in a test). A body larger still is not drained: that client gets the
     * reset.
     */
    static void discardRest(HttpExchange exchange) {
        byte[] sink = new byte[64 * 1024];
        long left = DRAIN_AT_MOST_BYTES;
        try (InputStream in = exchange.getRequestBody()) {
            for (int n = in.read(sink); n > 0 && left > 0; n = in.read(sink)) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private static final long DRAIN_AT_MOST_BYTES = 64L * 1024 * 1024;

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
