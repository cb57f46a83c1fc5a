package io.newsflow.schemas.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service's resolved settings. Each key's value comes from, in rising precedence: its default, the
 * properties file, the environment variable, then explicit overrides (command-line options). Every
 * value is parsed and checked when the settings are loaded, so a service fails at start with the key's
 * name, not later. The file (and the environment) may also hold Kafka and registry client settings, passed
 * through to the service's clients ({@link ClientSettings}, {@link #clients()}). Other keys in the file are
 * refused: a typo should not be silently ignored.
 */
public final class Settings {

    private final Map<String, Object> values;
    private final Map<String, String> origins;
    private final ClientSettings clients;

    private Settings(Map<String, Object> values, Map<String, String> origins, ClientSettings clients) {
        this.values = values;
        this.origins = origins;
        this.clients = clients;
    }

    public static Settings load(List<ConfigKey<?>> keys, Optional<Path> file, Map<String, String> env,
            Map<String, String> overrides) {
        Map<String, String> fromFile = file.map(Settings::read).orElse(Map.of());
        String where = file.map(Path::toString).orElse("");
        Map<String, String> notOwn = new HashMap<>(fromFile);
        notOwn.keySet().removeAll(keys.stream().map(ConfigKey::name).toList());
        ClientSettings clients = ClientSettings.from(notOwn, where, env);
        refuseUnknown(keys, notOwn.keySet().stream().filter(name -> !ClientSettings.isClientKey(name))
                .collect(Collectors.toSet()), where);
        refuseUnknown(keys, overrides.keySet(), "options");
        Map<String, Object> values = new HashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (ConfigKey<?> key : keys) {
            resolve(key, fromFile, file, env, overrides, values, origins);
        }
        return new Settings(values, origins, clients);
    }

    private static void resolve(ConfigKey<?> key, Map<String, String> fromFile, Optional<Path> file,
            Map<String, String> env, Map<String, String> overrides, Map<String, Object> values, Map<String, String> origins) {
        String raw = key.defaultValue().orElse(null);
        String origin = "default";
        if (fromFile.containsKey(key.name())) {
            raw = fromFile.get(key.name());
            origin = file.map(Path::toString).orElse("file");
        }
        if (env.get(key.env()) != null && !env.get(key.env()).isBlank()) {
            raw = env.get(key.env());
            origin = "environment " + key.env();
        }
        if (overrides.get(key.name()) != null) {
            raw = overrides.get(key.name());
            origin = "option";
        }
        if (raw != null) {
            values.put(key.name(), key.parse(raw, origin));
            origins.put(key.name(), origin);
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T get(ConfigKey<T> key) {
        Object value = values.get(key.name());
        if (value == null) {
            throw new ConfigurationException(key.name(), null, null,
                    "required; set " + key.name() + " in the config file or the environment variable " + key.env());
        }
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(ConfigKey<T> key) {
        return Optional.ofNullable((T) values.get(key.name()));
    }

    /** The Kafka and registry client settings from the file and the environment. */
    public ClientSettings clients() {
        return clients;
    }

    /** Where each value came from, for a start-up log line (values are not printed: some are secrets). */
    public Map<String, String> origins() {
        return Map.copyOf(origins);
    }

    /** A value that must be one of a few words; the error names the key and the words. */
    public String oneOf(ConfigKey<String> key, String... allowed) {
        String value = get(key);
        if (!Set.of(allowed).contains(value)) {
            throw new ConfigurationException(key.name(), value, null, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** A table of the keys for documentation: key, environment variable, default, meaning. */
    public static String describe(List<ConfigKey<?>> keys) {
        return keys.stream().map(k -> "| `" + k.name() + "` | `" + k.env() + "` | "
                + k.defaultValue().map(v -> "`" + v + "`").orElse("—") + " | " + k.doc() + " |")
                .collect(Collectors.joining("\n", "| key | environment | default | meaning |\n|---|---|---|---|\n", "\n"));
    }

    static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigurationException("config file", file.toString(), null, "cannot be read: " + e.getMessage());
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    private static void refuseUnknown(List<ConfigKey<?>> keys, Set<String> given, String where) {
        Set<String> known = keys.stream().map(ConfigKey::name).collect(Collectors.toSet());
        given.stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
            throw new ConfigurationException(name, null, where, "unknown key; known keys: " + known.stream().sorted().toList()
                    + " and the Kafka and schema registry client settings");
        });
    }
}
