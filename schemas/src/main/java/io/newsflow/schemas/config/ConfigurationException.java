package io.newsflow.schemas.config;

/** A setting is missing or wrong; the message names the key, the value and where it came from. */
public class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ConfigurationException(String key, String value, String origin, String problem) {
        super("Invalid configuration " + key + (value == null ? "" : "=\"" + value + "\"")
                + (origin == null ? "" : " (from " + origin + ")") + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
