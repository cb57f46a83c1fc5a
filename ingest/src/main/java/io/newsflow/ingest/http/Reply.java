package io.newsflow.ingest.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to answer to one request: status, a body to write as JSON, extra headers, and how many items the
 * request carried (for the request log only).
 */
record Reply(int status, Object body, Map<String, String> headers, int items) {

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply of(int status, Object body, int items) {
        return new Reply(status, body, Map.of(), items);
    }

    static Reply error(int status, String message) {
        return of(status, new ErrorBody(message), 0);
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, more, items);
    }

    /** The body of every error answer: {@code {"error":"…"}}. */
    record ErrorBody(String error) {
    }
}
