package io.newsflow.ingest.reader;

/** The input cannot become an article; the message says why in words a feed publisher can act on. */
public class InvalidArticleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidArticleException(String message) {
        super(message);
    }

    public InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
