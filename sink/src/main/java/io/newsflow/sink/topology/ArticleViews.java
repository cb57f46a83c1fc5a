package io.newsflow.sink.topology;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.CountryTone;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityMention;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Location;
import io.newsflow.schemas.avro.LocationMention;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KeyValue;

/**
 * The ways the sink cuts an enriched article: one record per entity, one per place, one per country. Pure
 * functions, so each output's content can be tested without Kafka.
 */
public final class ArticleViews {

    /** CLDR's "unknown region": the key of places that were not resolved to a country. */
    public static final String UNKNOWN_COUNTRY = "ZZ";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArticleViews() {
    }

    /**
     * When the article was published, or when it was ingested if the feed gave no date or a date after its own
     * arrival (a wrong time zone, an embargo date): no article is counted in a window that has not happened yet,
     * and no output carries a future timestamp (brokers refuse records more than an hour ahead by default).
     */
    public static Instant eventTime(EnrichedArticle enriched) {
        Article article = enriched.getArticle();
        Instant published = article.getPublishedAt();
        return published != null && !published.isAfter(article.getIngestedAt()) ? published : article.getIngestedAt();
    }

    /**
     * The key of an entity: its name without accents, lower case, single-spaced, then {@code |} and its type, so
     * "Qassem Soleimani" and "Qassem  SOLEIMANI" count together but a person and an organisation of one name do not.
     */
    public static String entityKey(String name, EntityType type) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(plain.strip().toLowerCase(Locale.ROOT)).replaceAll(" ") + "|" + type;
    }

    /** One record per entity of the article, keyed by {@link #entityKey}. */
    public static List<KeyValue<String, EntityMention>> entities(EnrichedArticle enriched) {
        Article article = enriched.getArticle();
        List<KeyValue<String, EntityMention>> mentions = new ArrayList<>(enriched.getEntities().size());
        for (Entity entity : enriched.getEntities()) {
            EntityMention mention = EntityMention.newBuilder()
                    .setEntity(entity.getName()).setType(entity.getType()).setArticleId(article.getId())
                    .setTitle(article.getTitle()).setUrl(article.getUrl()).setPublishedAt(article.getPublishedAt())
                    .setMentions(entity.getMentions()).setSalience(entity.getSalience())
                    .setSentimentScore(enriched.getSentiment().getScore())
                    .build();
            mentions.add(KeyValue.pair(entityKey(entity.getName(), entity.getType()), mention));
        }
        return mentions;
    }

    /** One record per place of the article, keyed by its ISO country code ({@value #UNKNOWN_COUNTRY} when unresolved). */
    public static List<KeyValue<String, LocationMention>> locations(EnrichedArticle enriched) {
        Article article = enriched.getArticle();
        List<KeyValue<String, LocationMention>> places = new ArrayList<>(enriched.getLocations().size());
        for (Location location : enriched.getLocations()) {
            LocationMention mention = LocationMention.newBuilder()
                    .setPlace(location.getName()).setGeonamesId(location.getGeonamesId())
                    .setLatitude(location.getLatitude()).setLongitude(location.getLongitude())
                    .setCountryCode(location.getCountryCode()).setAdmin1(location.getAdmin1())
                    .setArticleId(article.getId()).setTitle(article.getTitle())
                    .setSentimentScore(enriched.getSentiment().getScore()).setTone(enriched.getSentiment().getTone())
                    .build();
            places.add(KeyValue.pair(countryKey(location.getCountryCode()), mention));
        }
        return places;
    }

    /**
     * The countries the article's places lie in, each once, as a one-article tone record (window not yet known):
     * tone by country counts articles, not place names.
     */
    public static List<KeyValue<String, CountryTone>> countries(EnrichedArticle enriched) {
        Map<String, CountryTone> byCountry = new LinkedHashMap<>();
        for (Location location : enriched.getLocations()) {
            if (location.getCountryCode() != null && !location.getCountryCode().isBlank()) {
                String country = countryKey(location.getCountryCode());
                byCountry.putIfAbsent(country, new CountryTone(Instant.EPOCH, Instant.EPOCH, country, 1L,
                        (double) enriched.getSentiment().getTone(), (double) enriched.getSentiment().getScore()));
            }
        }
        return byCountry.entrySet().stream().map(e -> KeyValue.pair(e.getKey(), e.getValue())).toList();
    }

    /** The article's entities as one-article trend records (window and rank not yet known), keyed by {@link #entityKey}. */
    public static List<KeyValue<String, EntityTrend>> trendUnits(EnrichedArticle enriched) {
        return enriched.getEntities().stream()
                .map(entity -> KeyValue.pair(entityKey(entity.getName(), entity.getType()),
                        new EntityTrend(Instant.EPOCH, Instant.EPOCH, entity.getName(), entity.getType(), 1L, null)))
                .toList();
    }

    private static String countryKey(String countryCode) {
        return countryCode == null || countryCode.isBlank() ? UNKNOWN_COUNTRY : countryCode.strip().toUpperCase(Locale.ROOT);
    }
}
