package io.newsflow.runner.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.schemas.config.ConfigKey;
import io.newsflow.schemas.config.Settings;
import io.newsflow.sink.config.SinkConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations files at the repository root (docker-compose.yml, .env.example, README.md) as the tests in
 * this package read them, and the README's generated per-service settings tables.
 *
 * <p>Regenerate the tables after a service's keys changed: run {@code ServiceEnvironmentTest} with
 * {@code -Dnewsflow.docs.regenerate=true} (it rewrites the README between the markers), or run this class's
 * {@link #main} with the runner's test classpath to print them.
 */
final class OperationsFiles {

    /** Tests run with the module directory (standalone/runner) as the working directory. */
    static final Path ROOT = Path.of("..", "..");
    static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
    static final Path ENV_EXAMPLE = ROOT.resolve(".env.example");
    static final Path DOCKERFILE = ROOT.resolve("Dockerfile");
    static final Path DOCKERIGNORE = ROOT.resolve(".dockerignore");
    static final Path README = ROOT.resolve("README.md");

    static final String ENV_START = "<!-- operations-env:start -->";
    static final String ENV_END = "<!-- operations-env:end -->";
    static final String COMPOSE_ENV_START = "<!-- compose-env:start -->";
    static final String COMPOSE_ENV_END = "<!-- compose-env:end -->";

    /** The newsflow services of the compose file and the settings each one reads, in README order. */
    static final Map<String, List<ConfigKey<?>>> SERVICE_KEYS = serviceKeys();

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?message}}, {@code ${NAME?message}}. */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OperationsFiles() {
    }

    private static Map<String, List<ConfigKey<?>>> serviceKeys() {
        Map<String, List<ConfigKey<?>>> keys = new LinkedHashMap<>();
        keys.put("ingest", IngestConfig.KEYS);
        keys.put("enrich", EnrichConfig.KEYS);
        keys.put("sink", SinkConfig.KEYS);
        return keys;
    }

    static JsonNode compose() {
        try {
            return YAML.readTree(COMPOSE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMPOSE.toAbsolutePath().normalize(), e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath().normalize(), e);
        }
    }

    /** One {@code NAME=value} line of .env.example and the comment lines right above it. */
    record EnvEntry(String name, String value, List<String> comments) {
    }

    /** .env.example's variables in file order. */
    static Map<String, EnvEntry> envExample() {
        Map<String, EnvEntry> entries = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        for (String line : read(ENV_EXAMPLE).split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                comments = new ArrayList<>();
            } else if (trimmed.startsWith("#")) {
                comments.add(trimmed.substring(1).strip());
            } else {
                int eq = trimmed.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalStateException(".env.example: not NAME=value: " + line);
                }
                String name = trimmed.substring(0, eq);
                if (entries.put(name, new EnvEntry(name, trimmed.substring(eq + 1), List.copyOf(comments))) != null) {
                    throw new IllegalStateException(".env.example: " + name + " is set twice");
                }
                comments = new ArrayList<>();
            }
        }
        return entries;
    }

    /** Every text value of the YAML tree (compose interpolates values, not keys or comments). */
    static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.elements().forEachRemaining(child -> collect(child, texts));
    }

    /** What compose makes of a value when no variable is set: each reference replaced by its default. */
    static String withDefaults(String value, String whenRequired) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String operator = m.group(2);
            String replacement = operator == null ? "" : operator.endsWith("?") ? whenRequired : m.group(3);
            m.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(resolved);
        return resolved.toString();
    }

    /** The environment a compose service's container gets, variables at their defaults. */
    static Map<String, String> environment(JsonNode service, String whenRequired) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (!environment.isMissingNode() && !environment.isObject()) {
            throw new IllegalStateException("environment must be a map (NAME: value), not " + environment.getNodeType());
        }
        environment.fields().forEachRemaining(e -> env.put(e.getKey(), withDefaults(e.getValue().asText(), whenRequired)));
        return env;
    }

    /** The text the README holds between {@link #ENV_START} and {@link #ENV_END}. */
    static String settingsSection() {
        StringBuilder section = new StringBuilder("\n");
        SERVICE_KEYS.forEach((service, keys) -> section.append("### ").append(service).append("\n\n")
                .append(Settings.describe(keys)).append("\n"));
        return section.toString();
    }

    /** The README's text between two markers. */
    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from || text.indexOf(start, from + 1) >= 0) {
            throw new IllegalStateException("README.md needs exactly one " + start + " … " + end + " section");
        }
        return text.substring(from + start.length(), to);
    }

    /** Rewrites the README's generated settings section. */
    static void writeSettingsSection() {
        String readme = read(README);
        String old = between(readme, ENV_START, ENV_END);
        int from = readme.indexOf(ENV_START) + ENV_START.length();
        String updated = readme.substring(0, from) + settingsSection() + readme.substring(from + old.length());
        try {
            Files.writeString(README, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the README's generated settings section, markers included. */
    public static void main(String[] args) {
        System.out.print(ENV_START + settingsSection() + ENV_END + "\n");
    }
}
