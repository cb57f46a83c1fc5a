package io.newsflow.sink.topology;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Enrichment;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.FeatureClass;
import io.newsflow.schemas.avro.Location;
import io.newsflow.schemas.avro.Sentiment;
import io.newsflow.schemas.avro.SentimentLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Enriched articles written for the sink's tests: an id, a publication time, entities, places and a score. */
final class EnrichedArticles {

    private final String id;
    private Instant publishedAt;
    private Instant enrichedAt = Instant.parse("2026-11-25T12:00:00Z");
    private final List<Entity> entities = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private float score;
    private float tone;

    private EnrichedArticles(String id) {
        this.id = id;
    }

    static EnrichedArticles article(String id) {
        return new EnrichedArticles(id);
    }

    EnrichedArticles publishedAt(String instant) {
        this.publishedAt = instant == null ? null : Instant.parse(instant);
        return this;
    }

    EnrichedArticles enrichedAt(String instant) {
        this.enrichedAt = Instant.parse(instant);
        return this;
    }

    EnrichedArticles person(String name) {
        return entity(name, EntityType.PERSON);
    }

    EnrichedArticles organisation(String name) {
        return entity(name, EntityType.ORGANIZATION);
    }

    private EnrichedArticles entity(String name, EntityType type) {
        entities.add(Entity.newBuilder().setName(name).setType(type).setMentions(2).setSalience(0.5f).build());
        return this;
    }

    EnrichedArticles place(String name, String country, double latitude, double longitude) {
        locations.add(Location.newBuilder().setName(name).setMentions(1).setCountryCode(country).setLatitude(latitude)
                .setLongitude(longitude).setGeonamesId(1000L + locations.size()).setFeatureClass(FeatureClass.CITY).build());
        return this;
    }

    EnrichedArticles unresolvedPlace(String name) {
        locations.add(Location.newBuilder().setName(name).setMentions(1).build());
        return this;
    }

    EnrichedArticles tone(float score, float tone) {
        this.score = score;
        this.tone = tone;
        return this;
    }

    EnrichedArticle build() {
        Article article = Article.newBuilder().setId(id).setSource("test").setUrl("https://example.org/" + id)
                .setTitle("Title of " + id).setBody("Body of " + id).setPublishedAt(publishedAt)
                .setIngestedAt(Instant.parse("2026-11-25T11:00:00Z")).setFormat("jsonl").build();
        SentimentLabel label = score < -0.05 ? SentimentLabel.NEGATIVE : score > 0.05 ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
        return EnrichedArticle.newBuilder().setArticle(article).setEntities(List.copyOf(entities))
                .setLocations(List.copyOf(locations))
                .setSentiment(Sentiment.newBuilder().setScore(score).setLabel(label).setPositive(0f).setNegative(0f)
                        .setTone(tone).build())
                .setEnrichment(Enrichment.newBuilder().setEngineVersion("test").setEnrichedAt(enrichedAt).setTookMicros(1L).build())
                .build();
    }
}
