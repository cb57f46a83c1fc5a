package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.RegistryConfig;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * Serde settings, with Confluent's key names.
 *
 * @param registry          the registry client settings ({@code schema.registry.url} and auth)
 * @param autoRegister      {@value #AUTO_REGISTER}: register the writer's schema on first use (default true);
 *                          when false the schema must already be registered
 * @param useLatestVersion  {@value #USE_LATEST_VERSION}: with auto-registration off, write with the subject's
 *                          latest schema (the record is converted to it); default false
 */
public record SerdeConfig(RegistryConfig registry, boolean autoRegister, boolean useLatestVersion) {

    public static final String AUTO_REGISTER = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";

    public static SerdeConfig from(Map<String, ?> configs) {
        return new SerdeConfig(RegistryConfig.from(configs), bool(configs, AUTO_REGISTER, true),
                bool(configs, USE_LATEST_VERSION, false));
    }

    private static boolean bool(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        String text = value.toString().trim();
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new ConfigException(key, value, "must be true or false");
        }
        return Boolean.parseBoolean(text);
    }
}
