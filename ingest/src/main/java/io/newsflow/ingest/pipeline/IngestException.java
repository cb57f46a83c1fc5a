package io.newsflow.ingest.pipeline;

/** Kafka (or the registry) failed: the input was not, or not completely, acknowledged. Retry the whole input. */
public class IngestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
