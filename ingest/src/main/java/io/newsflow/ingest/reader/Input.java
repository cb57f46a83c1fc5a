package io.newsflow.ingest.reader;

import java.nio.charset.StandardCharsets;

/**
 * One unit of input for a reader: a file, stdin, a fetched feed, an HTTP request body.
 *
 * @param name          where it came from (file path, URL, "stdin", "http:POST /articles"); goes into
 *                      {@code Rejected.topic} for what is refused
 * @param bytes         the raw bytes, unchanged (a rejected item keeps its own original bytes)
 * @param defaultSource the source for articles whose format names none
 */
public record Input(String name, byte[] bytes, String defaultSource) {

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
