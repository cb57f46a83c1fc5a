package io.newsflow.schemas.topics;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.CountryTone;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityMention;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.LocationMention;
import io.newsflow.schemas.avro.PublishedIds;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.serde.NewsSerdes;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every topic of newsflow, each bound to its serdes. Immutable: build one per {@link NewsSerdes}.
 *
 * <p>Partition counts bound the parallelism of the services reading a topic (one stream task per partition).
 */
public final class TopicCatalog {

    public static final String ARTICLES_RAW = "news.articles.raw";
    public static final String ARTICLES_REJECTED = "news.articles.rejected";
    public static final String ARTICLES_ENRICHED = "news.articles.enriched";
    public static final String ENRICH_DLQ = "news.enrich.dlq";
    public static final String ENTITIES = "news.entities";
    public static final String LOCATIONS = "news.locations";
    public static final String TRENDS_ENTITIES = "news.trends.entities";
    public static final String TONE_BY_COUNTRY = "news.tone.by-country";
    public static final String ALERTS = "news.alerts";
    public static final String INGEST_SEEN = "news.ingest.seen";

    /** Dead letters are kept for 30 days so that an operator can look at them and replay them. */
    private static final Map<String, String> KEEP_30_DAYS = Map.of("retention.ms", String.valueOf(30L * 24 * 3600 * 1000));
    /** Ingest's seen-set: the de-duplication window is this topic's retention, 90 days. */
    private static final Map<String, String> KEEP_90_DAYS = Map.of("retention.ms", String.valueOf(90L * 24 * 3600 * 1000));

    private static final List<TopicDefinition> DEFINITIONS = List.of(
            new TopicDefinition(ARTICLES_RAW, 6, Map.of(), "article id", Article.class,
                    "normalised articles from every feed"),
            new TopicDefinition(ARTICLES_REJECTED, 1, KEEP_30_DAYS, "input name", Rejected.class,
                    "input that ingest could not turn into an article, with the reason and the original bytes"),
            new TopicDefinition(ARTICLES_ENRICHED, 6, Map.of(), "article id", EnrichedArticle.class,
                    "articles with entities, resolved places and tone"),
            new TopicDefinition(ENRICH_DLQ, 1, KEEP_30_DAYS, "original key", Rejected.class,
                    "raw records that enrich could not decode or enrich"),
            new TopicDefinition(ENTITIES, 6, Map.of(), "entity name|type", EntityMention.class,
                    "one record per article and entity"),
            new TopicDefinition(LOCATIONS, 6, Map.of(), "ISO country code", LocationMention.class,
                    "one record per article and place"),
            new TopicDefinition(TRENDS_ENTITIES, 3, Map.of(), "entity name|type", EntityTrend.class,
                    "article counts per entity and closed window"),
            new TopicDefinition(TONE_BY_COUNTRY, 3, Map.of(), "ISO country code", CountryTone.class,
                    "article count and mean tone per country and closed window"),
            new TopicDefinition(ALERTS, 1, Map.of(), "article id", Alert.class,
                    "negative articles that mention something on a watch-list"),
            new TopicDefinition(INGEST_SEEN, 1, KEEP_90_DAYS, "first id of the batch", PublishedIds.class,
                    "internal: the ids each ingest transaction published, for de-duplication across restarts"));

    private final Topic<String, Article> articlesRaw;
    private final Topic<String, Rejected> articlesRejected;
    private final Topic<String, EnrichedArticle> articlesEnriched;
    private final Topic<String, Rejected> enrichDlq;
    private final Topic<String, EntityMention> entities;
    private final Topic<String, LocationMention> locations;
    private final Topic<String, EntityTrend> trendsEntities;
    private final Topic<String, CountryTone> toneByCountry;
    private final Topic<String, Alert> alerts;
    private final Topic<String, PublishedIds> ingestSeen;

    public TopicCatalog(NewsSerdes serdes) {
        articlesRaw = new Topic<>(definition(ARTICLES_RAW), serdes.key(), serdes.article());
        articlesRejected = new Topic<>(definition(ARTICLES_REJECTED), serdes.key(), serdes.rejected());
        articlesEnriched = new Topic<>(definition(ARTICLES_ENRICHED), serdes.key(), serdes.enrichedArticle());
        enrichDlq = new Topic<>(definition(ENRICH_DLQ), serdes.key(), serdes.rejected());
        entities = new Topic<>(definition(ENTITIES), serdes.key(), serdes.entityMention());
        locations = new Topic<>(definition(LOCATIONS), serdes.key(), serdes.locationMention());
        trendsEntities = new Topic<>(definition(TRENDS_ENTITIES), serdes.key(), serdes.entityTrend());
        toneByCountry = new Topic<>(definition(TONE_BY_COUNTRY), serdes.key(), serdes.countryTone());
        alerts = new Topic<>(definition(ALERTS), serdes.key(), serdes.alert());
        ingestSeen = new Topic<>(definition(INGEST_SEEN), serdes.key(), serdes.value(PublishedIds.class));
    }

    /** The definitions of all topics, in pipeline order; what the local stack and operators create. */
    public static List<TopicDefinition> definitions() {
        return DEFINITIONS;
    }

    public static TopicDefinition definition(String name) {
        return DEFINITIONS.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No topic named " + name + " in the catalog; known: "
                        + DEFINITIONS.stream().map(TopicDefinition::name).toList()));
    }

    public Topic<String, Article> articlesRaw() {
        return articlesRaw;
    }

    public Topic<String, Rejected> articlesRejected() {
        return articlesRejected;
    }

    public Topic<String, EnrichedArticle> articlesEnriched() {
        return articlesEnriched;
    }

    public Topic<String, Rejected> enrichDlq() {
        return enrichDlq;
    }

    public Topic<String, EntityMention> entities() {
        return entities;
    }

    public Topic<String, LocationMention> locations() {
        return locations;
    }

    public Topic<String, EntityTrend> trendsEntities() {
        return trendsEntities;
    }

    public Topic<String, CountryTone> toneByCountry() {
        return toneByCountry;
    }

    public Topic<String, Alert> alerts() {
        return alerts;
    }

    public Topic<String, PublishedIds> ingestSeen() {
        return ingestSeen;
    }

    public List<Topic<String, ?>> all() {
        return List.of(articlesRaw, articlesRejected, articlesEnriched, enrichDlq, entities, locations,
                trendsEntities, toneByCountry, alerts, ingestSeen);
    }

    public Optional<Topic<String, ?>> byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
