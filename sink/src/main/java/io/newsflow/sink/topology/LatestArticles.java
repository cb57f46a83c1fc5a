package io.newsflow.sink.topology;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the most recently enriched articles of each partition in a store the dashboard queries. Keys sort
 * newest first (the enrichment time subtracted from the largest long, zero-padded, then the id), so the
 * oldest are at the end, where the store is trimmed to its size.
 */
public final class LatestArticles implements Processor<String, EnrichedArticle, Void, Void> {

    public static final String STORE = "latest-articles";

    private final int keep;
    private KeyValueStore<String, EnrichedArticle> store;

    LatestArticles(int keep) {
        this.keep = keep;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        if (record.value() == null) {
            return;
        }
        long enrichedAt = record.value().getEnrichment().getEnrichedAt().toEpochMilli();
        store.put(newestFirstKey(enrichedAt, record.value().getArticle().getId()), record.value());
        trim();
    }

    private void trim() {
        List<String> beyond = new ArrayList<>();
        try (KeyValueIterator<String, EnrichedArticle> all = store.all()) {
            for (int i = 0; all.hasNext(); i++) {
                String key = all.next().key;
                if (i >= keep) {
                    beyond.add(key);
                }
            }
        }
        beyond.forEach(store::delete);
    }

    static String newestFirstKey(long epochMillis, String id) {
        return String.format("%019d", Long.MAX_VALUE - epochMillis) + "/" + id;
    }
}
