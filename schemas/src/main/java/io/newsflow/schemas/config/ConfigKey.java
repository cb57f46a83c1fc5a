package io.newsflow.schemas.config;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One setting of a service, declared once with everything about it: the key used in properties files,
 * the environment variable that overrides it, the default, how to parse and check a value, and what it means.
 *
 * @param <T> the parsed type
 */
public final class ConfigKey<T> {

    private final String name;
    private final String env;
    private final String defaultValue;
    private final String doc;
    private final Function<String, T> parser;
    private final Function<T, Optional<String>> check;

    private ConfigKey(String name, String env, String defaultValue, String doc, Function<String, T> parser,
            Function<T, Optional<String>> check) {
        this.name = Objects.requireNonNull(name);
        this.env = Objects.requireNonNull(env);
        this.defaultValue = defaultValue;
        this.doc = Objects.requireNonNull(doc);
        this.parser = parser;
        this.check = check;
    }

    public static ConfigKey<String> string(String name, String env, String defaultValue, String doc) {
        return new ConfigKey<>(name, env, defaultValue, doc, String::trim, v -> v.isEmpty()
                ? Optional.of("must not be empty") : Optional.empty());
    }

    public static ConfigKey<Integer> integer(String name, String env, int defaultValue, int min, int max, String doc) {
        return new ConfigKey<>(name, env, String.valueOf(defaultValue), doc, ConfigKey::parseInt,
                v -> v < min || v > max ? Optional.of("must be between " + min + " and " + max) : Optional.empty());
    }

    public static ConfigKey<Double> decimal(String name, String env, double defaultValue, double min, double max, String doc) {
        return new ConfigKey<>(name, env, String.valueOf(defaultValue), doc, ConfigKey::parseDouble,
                v -> v < min || v > max ? Optional.of("must be between " + min + " and " + max) : Optional.empty());
    }

    public static ConfigKey<Boolean> bool(String name, String env, boolean defaultValue, String doc) {
        return new ConfigKey<>(name, env, String.valueOf(defaultValue), doc, ConfigKey::parseBoolean, v -> Optional.empty());
    }

    /** A key whose absence is allowed: {@link Settings#find} answers empty. */
    public static ConfigKey<String> optional(String name, String env, String doc) {
        return new ConfigKey<>(name, env, null, doc, String::trim, v -> Optional.empty());
    }

    public String name() {
        return name;
    }

    public String env() {
        return env;
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public String doc() {
        return doc;
    }

    /** Parses and checks; the message of a failure names the key and where the value came from. */
    T parse(String value, String origin) {
        T parsed;
        try {
            parsed = parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(name, value, origin, e.getMessage());
        }
        check.apply(parsed).ifPresent(problem -> {
            throw new ConfigurationException(name, value, origin, problem);
        });
        return parsed;
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    private static double parseDouble(String value) {
        try {
            double parsed = Double.parseDouble(value.trim());
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
    }

    private static boolean parseBoolean(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("must be true or false");
        }
        return Boolean.parseBoolean(v);
    }

    @Override
    public String toString() {
        return name;
    }
}
