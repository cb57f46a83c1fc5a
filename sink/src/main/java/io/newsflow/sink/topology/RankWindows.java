package io.newsflow.sink.topology;

import io.newsflow.schemas.avro.EntityTrend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Ranks the final counts of each closed window. Suppression hands over all of a window's counts while
 * processing the one record that moved stream time past the window's end and grace; they are held here and
 * forwarded, the top N ranked 1…N, by a wall-clock punctuation at most {@value #RANK_EVERY_MS} ms later (a
 * stream-time one would wait for the next article, which may be long in coming). The held counts are in a
 * changelogged store, so a crash in between loses none.
 */
final class RankWindows implements Processor<Windowed<String>, EntityTrend, String, EntityTrend> {

    static final String STORE = "trend-ranking";
    static final long RANK_EVERY_MS = 100;
    private static final Comparator<KeyValue<String, EntityTrend>> BY_COUNT_THEN_NAME =
            Comparator.<KeyValue<String, EntityTrend>>comparingLong(kv -> -kv.value.getArticles()).thenComparing(kv -> kv.key);

    private final int topN;
    private ProcessorContext<String, EntityTrend> context;
    private KeyValueStore<String, EntityTrend> pending;

    RankWindows(int topN) {
        this.topN = topN;
    }

    @Override
    public void init(ProcessorContext<String, EntityTrend> context) {
        this.context = context;
        this.pending = context.getStateStore(STORE);
        context.schedule(Duration.ofMillis(RANK_EVERY_MS), PunctuationType.WALL_CLOCK_TIME, time -> rankHeldWindows());
    }

    @Override
    public void process(Record<Windowed<String>, EntityTrend> record) {
        Windowed<String> key = record.key();
        EntityTrend trend = EntityTrend.newBuilder(record.value())
                .setWindowStart(key.window().startTime()).setWindowEnd(key.window().endTime()).build();
        pending.put(heldKey(key.window().startTime(), key.key()), trend);
    }

    private void rankHeldWindows() {
        List<KeyValue<String, EntityTrend>> window = new ArrayList<>();
        Instant current = null;
        try (KeyValueIterator<String, EntityTrend> held = pending.all()) {
            while (held.hasNext()) {
                KeyValue<String, EntityTrend> next = held.next();
                if (current != null && !current.equals(next.value.getWindowStart())) {
                    forwardRanked(window);
                    window.clear();
                }
                current = next.value.getWindowStart();
                window.add(next);
            }
        }
        forwardRanked(window);
    }

    private void forwardRanked(List<KeyValue<String, EntityTrend>> window) {
        List<KeyValue<String, EntityTrend>> ranked = window.stream()
                .map(kv -> KeyValue.pair(entityKey(kv.key), kv.value)).sorted(BY_COUNT_THEN_NAME).toList();
        for (int i = 0; i < ranked.size(); i++) {
            EntityTrend trend = ranked.get(i).value;
            trend.setRank(i < topN ? i + 1 : null);
            context.forward(new Record<>(ranked.get(i).key, trend, trend.getWindowEnd().toEpochMilli() - 1));
        }
        window.forEach(kv -> pending.delete(kv.key));
    }

    /** Held in window order: the zero-padded start, then the entity key. */
    private static String heldKey(Instant windowStart, String entityKey) {
        return String.format("%020d", windowStart.toEpochMilli()) + "/" + entityKey;
    }

    private static String entityKey(String heldKey) {
        return heldKey.substring(heldKey.indexOf('/') + 1);
    }
}
