package io.newsflow.ingest.http;

/** The request body is, or announced to be, larger than the configured limit. */
final class BodyTooLargeException extends Exception {

    private static final long serialVersionUID = 1L;

    BodyTooLargeException(int limit) {
        super("request body larger than " + limit + " bytes");
    }
}
