package io.newsflow.sink.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.avro.CountryTone;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.Location;
import io.newsflow.sink.topology.LatestArticles;
import io.newsflow.sink.topology.SinkTopology;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * The dashboard's data, read from the sink's state stores with interactive queries (this instance's tasks):
 * the latest enriched articles, and the entity counts and tone by country of the most recent window that has
 * any (open windows included, so the page moves before a window closes). A store that is not queryable yet
 * (rebalancing, restoring) throws {@code InvalidStateStoreException}; the server answers 503.
 */
public final class DashboardQueries implements DashboardData {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final KafkaStreams streams;
    private final int topN;

    public DashboardQueries(KafkaStreams streams, int topN) {
        this.streams = streams;
        this.topN = topN;
    }

    @Override
    public ObjectNode latestArticles(int limit) {
        ReadOnlyKeyValueStore<String, EnrichedArticle> store = streams.store(StoreQueryParameters.fromNameAndType(
                LatestArticles.STORE, QueryableStoreTypes.keyValueStore()));
        TreeMap<String, EnrichedArticle> newestFirst = new TreeMap<>();
        try (KeyValueIterator<String, EnrichedArticle> all = store.all()) {
            all.forEachRemaining(kv -> newestFirst.put(kv.key, kv.value));
        }
        Map<String, EnrichedArticle> byId = new LinkedHashMap<>();
        newestFirst.values().forEach(article -> byId.putIfAbsent(article.getArticle().getId(), article));
        ArrayNode articles = JSON.arrayNode();
        byId.values().stream().limit(limit).forEach(article -> articles.add(article(article)));
        return JSON.objectNode().set("articles", articles);
    }

    @Override
    public ObjectNode topEntities() {
        List<KeyValue<Windowed<String>, EntityTrend>> window = latestWindow(SinkTopology.ENTITY_COUNTS, EntityTrend::getArticles);
        ObjectNode result = windowBounds(window);
        ArrayNode entities = result.putArray("entities");
        window.stream().sorted(Comparator.comparingLong((KeyValue<Windowed<String>, EntityTrend> kv) -> -kv.value.getArticles())
                        .thenComparing(kv -> kv.key.key()))
                .limit(topN)
                .forEach(kv -> entities.addObject().put("entity", kv.value.getEntity()).put("type", kv.value.getType().toString())
                        .put("articles", kv.value.getArticles()));
        return result;
    }

    @Override
    public ObjectNode tone() {
        List<KeyValue<Windowed<String>, CountryTone>> window = latestWindow(SinkTopology.COUNTRY_TONE, CountryTone::getArticles);
        ObjectNode result = windowBounds(window);
        ArrayNode countries = result.putArray("countries");
        window.stream().sorted(Comparator.comparing(kv -> kv.key.key()))
                .forEach(kv -> countries.addObject().put("countryCode", kv.key.key()).put("articles", kv.value.getArticles())
                        .put("meanTone", kv.value.getMeanTone()).put("meanScore", kv.value.getMeanScore()));
        return result;
    }

    /** The entries of the window with the latest start among those the store holds. */
    private <V> List<KeyValue<Windowed<String>, V>> latestWindow(String storeName, ToLongFunction<V> count) {
        ReadOnlyWindowStore<String, V> store = streams.store(StoreQueryParameters.fromNameAndType(storeName,
                QueryableStoreTypes.windowStore()));
        List<KeyValue<Windowed<String>, V>> latest = new ArrayList<>();
        long latestStart = Long.MIN_VALUE;
        try (KeyValueIterator<Windowed<String>, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<Windowed<String>, V> next = all.next();
                long start = next.key.window().start();
                if (count.applyAsLong(next.value) <= 0 || start < latestStart) {
                    continue;
                }
                if (start > latestStart) {
                    latest.clear();
                    latestStart = start;
                }
                latest.add(next);
            }
        }
        return latest;
    }

    private static <V> ObjectNode windowBounds(List<KeyValue<Windowed<String>, V>> window) {
        ObjectNode result = JSON.objectNode();
        if (window.isEmpty()) {
            result.putNull("windowStart");
            result.putNull("windowEnd");
        } else {
            result.put("windowStart", window.get(0).key.window().startTime().toString());
            result.put("windowEnd", window.get(0).key.window().endTime().toString());
        }
        return result;
    }

    static ObjectNode article(EnrichedArticle enriched) {
        ObjectNode article = JSON.objectNode()
                .put("id", enriched.getArticle().getId())
                .put("title", enriched.getArticle().getTitle())
                .put("url", enriched.getArticle().getUrl())
                .put("publishedAt", text(enriched.getArticle().getPublishedAt()))
                .put("sentimentScore", enriched.getSentiment().getScore())
                .put("label", enriched.getSentiment().getLabel().toString())
                .put("tone", enriched.getSentiment().getTone());
        ArrayNode entities = article.putArray("entities");
        for (Entity entity : enriched.getEntities()) {
            entities.addObject().put("name", entity.getName()).put("type", entity.getType().toString());
        }
        ArrayNode places = article.putArray("places");
        for (Location location : enriched.getLocations()) {
            places.addObject().put("name", location.getName()).put("countryCode", location.getCountryCode())
                    .put("latitude", location.getLatitude()).put("longitude", location.getLongitude());
        }
        return article;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
