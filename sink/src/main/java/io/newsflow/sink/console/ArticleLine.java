package io.newsflow.sink.console;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Location;
import io.newsflow.schemas.avro.Sentiment;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/** The console sink's line for an enriched article: title, top entities, places with country codes, sentiment. */
public final class ArticleLine {

    private static final int TOP = 5;

    private ArticleLine() {
    }

    public static String of(EnrichedArticle enriched) {
        return enriched.getArticle().getTitle()
                + " | entities: " + entities(enriched)
                + " | places: " + places(enriched)
                + " | sentiment: " + sentiment(enriched.getSentiment())
                + " | engine " + enriched.getEnrichment().getEngineVersion();
    }

    private static String entities(EnrichedArticle enriched) {
        String list = enriched.getEntities().stream()
                .sorted(Comparator.comparing(Entity::getSalience).reversed())
                .limit(TOP)
                .map(e -> e.getName() + " (" + e.getType() + ")")
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "none found" : list;
    }

    private static String places(EnrichedArticle enriched) {
        String list = enriched.getLocations().stream()
                .sorted(Comparator.comparing(Location::getMentions).reversed())
                .limit(TOP)
                .map(l -> l.getName() + " (" + (l.getCountryCode() == null ? "?" : l.getCountryCode()) + ")")
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "none found" : list;
    }

    private static String sentiment(Sentiment s) {
        return String.format(Locale.ROOT, "%s %.2f (tone %.1f)", s.getLabel(), s.getScore(), s.getTone());
    }
}
