package io.newsflow.schemas.registry;

/**
 * The registry answered with an error or could not be reached. {@code status} is the HTTP status (-1 when
 * there was no answer) and {@code errorCode} the Confluent error code from the body (e.g. 40403), or -1.
 */
public class SchemaRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(String message, int status, int errorCode, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /**
     * The registry could not be reached or was briefly unable to answer (502, 503, 504): asking again later may
     * succeed, so a record that needed it is to be retried, not dead-lettered.
     */
    public boolean isTransient() {
        return status == -1 || status == 502 || status == 503 || status == 504;
    }

    /** Whether a transient registry failure is the cause of this exception, or of one it caused. */
    public static boolean transientCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SchemaRegistryException registry && registry.isTransient()) {
                return true;
            }
        }
        return false;
    }
}
