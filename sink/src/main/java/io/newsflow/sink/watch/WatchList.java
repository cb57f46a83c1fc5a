package io.newsflow.sink.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Location;
import io.newsflow.sink.topology.ArticleViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The alert rules, read once at start from a JSON file:
 * <pre>{"rules": [{"name": "iraq", "entities": ["Islamic State"], "countries": ["IQ"], "maxScore": -0.2}]}</pre>
 * {@code maxScore} is optional (the service's {@code sink.alert.max.score} applies). A file that does not
 * describe valid rules stops the service at start with the rule and the problem named.
 */
public final class WatchList {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final List<WatchRule> rules;

    public WatchList(List<WatchRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static WatchList empty() {
        return new WatchList(List.of());
    }

    public List<WatchRule> rules() {
        return rules;
    }

    public static WatchList load(Path file, double defaultMaxScore) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new WatchListException(file + ": cannot read the watch-list: " + e.getMessage(), e);
        }
        JsonNode rules = root == null ? null : root.get("rules");
        if (rules == null || !rules.isArray()) {
            throw new WatchListException(file + ": expected {\"rules\": [ … ]}", null);
        }
        List<WatchRule> parsed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            WatchRule rule = rule(rules.get(i), defaultMaxScore, file + ": rule " + (i + 1));
            if (!names.add(rule.name())) {
                throw new WatchListException(file + ": rule " + (i + 1) + ": the name \"" + rule.name() + "\" is used twice", null);
            }
            parsed.add(rule);
        }
        return new WatchList(parsed);
    }

    private static WatchRule rule(JsonNode node, double defaultMaxScore, String where) {
        String name = node.path("name").asText("").strip();
        if (name.isEmpty()) {
            throw new WatchListException(where + ": needs a \"name\"", null);
        }
        Set<String> entities = new LinkedHashSet<>();
        strings(node, "entities", where).forEach(entity -> entities.add(normalisedName(entity)));
        Set<String> countries = new LinkedHashSet<>();
        for (String country : strings(node, "countries", where)) {
            String code = country.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(code).matches()) {
                throw new WatchListException(where + " (" + name + "): \"" + country + "\" is not an ISO 3166-1 alpha-2 code", null);
            }
            countries.add(code);
        }
        if (entities.isEmpty() && countries.isEmpty()) {
            throw new WatchListException(where + " (" + name + "): needs at least one of \"entities\" and \"countries\"", null);
        }
        double maxScore = node.has("maxScore") ? node.get("maxScore").asDouble(Double.NaN) : defaultMaxScore;
        if (!(maxScore >= -1 && maxScore <= 1)) {
            throw new WatchListException(where + " (" + name + "): \"maxScore\" must be a number from -1 to 1", null);
        }
        return new WatchRule(name, entities, countries, maxScore);
    }

    private static List<String> strings(JsonNode rule, String field, String where) {
        JsonNode values = rule.get(field);
        if (values == null) {
            return List.of();
        }
        if (!values.isArray()) {
            throw new WatchListException(where + ": \"" + field + "\" must be an array of strings", null);
        }
        List<String> strings = new ArrayList<>();
        values.forEach(value -> {
            if (!value.isTextual() || value.asText().isBlank()) {
                throw new WatchListException(where + ": \"" + field + "\" must hold non-empty strings, found " + value, null);
            }
            strings.add(value.asText());
        });
        return strings;
    }

    /** The alerts the article fires, one per rule, in rule order. */
    public List<Alert> alerts(EnrichedArticle enriched, Instant firedAt) {
        if (rules.isEmpty()) {
            return List.of();
        }
        double score = enriched.getSentiment().getScore();
        List<String> names = enriched.getEntities().stream().map(Entity::getName).toList();
        List<String> keys = names.stream().map(WatchList::normalisedName).toList();
        List<String> countries = enriched.getLocations().stream().map(Location::getCountryCode)
                .filter(code -> code != null && !code.isBlank()).map(code -> code.toUpperCase(Locale.ROOT)).distinct().toList();
        List<Alert> alerts = new ArrayList<>();
        for (WatchRule rule : rules) {
            List<String> matched = score <= rule.maxScore() ? rule.matches(keys, names, countries) : List.of();
            if (!matched.isEmpty()) {
                alerts.add(Alert.newBuilder().setArticleId(enriched.getArticle().getId())
                        .setTitle(enriched.getArticle().getTitle()).setUrl(enriched.getArticle().getUrl())
                        .setRule(rule.name()).setMatched(matched).setSentimentScore(enriched.getSentiment().getScore())
                        .setPublishedAt(enriched.getArticle().getPublishedAt()).setFiredAt(firedAt).build());
            }
        }
        return alerts;
    }

    /** The name part of {@link ArticleViews#entityKey}: without case, accents and extra spaces. */
    static String normalisedName(String name) {
        String key = ArticleViews.entityKey(name, io.newsflow.schemas.avro.EntityType.OTHER);
        return key.substring(0, key.lastIndexOf('|'));
    }

    /** A watch-list that cannot be used; the message says where and why. */
    public static final class WatchListException extends RuntimeException {
        WatchListException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
