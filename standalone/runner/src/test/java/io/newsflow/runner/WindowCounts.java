package io.newsflow.runner;

import io.newsflow.schemas.avro.CountryTone;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.Location;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.sink.topology.ArticleViews;
import io.newsflow.sink.topology.SinkTopology;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the sink's windowed topics must hold, derived from enriched articles alone, keyed {@code "<window start>
 * <key>"}, and the sink's running counts read from its window stores' changelogs (so a test knows the sink has
 * counted everything before it sends the article that closes the windows: one counted first would make every
 * other article too late for its window).
 */
final class WindowCounts {

    private WindowCounts() {
    }

    /** Articles per window and entity key. */
    static Map<String, Long> expectedTrends(List<EnrichedArticle> enriched, Duration window) {
        Map<String, Long> trends = new TreeMap<>();
        for (EnrichedArticle article : enriched) {
            Instant start = windowStart(ArticleViews.eventTime(article), window);
            article.getEntities().forEach(e -> trends.merge(start + " " + ArticleViews.entityKey(e.getName(), e.getType()),
                    1L, Long::sum));
        }
        return trends;
    }

    /** Articles per window and country, each article once per country. */
    static Map<String, Long> expectedTone(List<EnrichedArticle> enriched, Duration window) {
        Map<String, Long> tone = new TreeMap<>();
        for (EnrichedArticle article : enriched) {
            Instant start = windowStart(ArticleViews.eventTime(article), window);
            article.getLocations().stream().map(Location::getCountryCode).filter(c -> c != null).distinct()
                    .forEach(country -> tone.merge(start + " " + country, 1L, Long::sum));
        }
        return tone;
    }

    static long windows(Map<String, Long> counts) {
        return counts.keySet().stream().map(key -> key.substring(0, key.indexOf(' '))).distinct().count();
    }

    static Map<String, Long> trendCounts(List<ConsumerRecord<String, EntityTrend>> records) {
        return records.stream().collect(Collectors.toMap(r -> r.value().getWindowStart() + " " + r.key(),
                r -> r.value().getArticles(), Long::sum, TreeMap::new));
    }

    static Map<String, Long> toneCounts(List<ConsumerRecord<String, CountryTone>> records) {
        return records.stream().collect(Collectors.toMap(r -> r.value().getWindowStart() + " " + r.key(),
                r -> r.value().getArticles(), Long::sum, TreeMap::new));
    }

    /**
     * The sink's running counts from the changelog {@code <application id>-<store>-changelog}: keys are the entity
     * or country key, then the window start (8 bytes) and a sequence number (4); values the Avro aggregate. The
     * last value of each window and key is its count. Window-store changelogs drop records a day older than the
     * windows' retention, so tests use recent event times.
     */
    static Map<String, Long> runningCounts(String bootstrapServers, NewsSerdes serdes, String applicationId, String store) {
        String topic = applicationId + "-" + store + "-changelog";
        Map<String, Long> counts = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : readAll(bootstrapServers, topic)) {
            byte[] key = record.key();
            int keyLength = key.length - 12;
            String window = Instant.ofEpochMilli(ByteBuffer.wrap(key, keyLength, 8).getLong()) + " "
                    + new String(key, 0, keyLength, StandardCharsets.UTF_8);
            if (record.value() == null) {
                counts.remove(window);
            } else {
                counts.put(window, SinkTopology.ENTITY_COUNTS.equals(store)
                        ? serdes.entityTrend().deserializer().deserialize(topic, record.value()).getArticles()
                        : serdes.countryTone().deserializer().deserialize(topic, record.value()).getArticles());
            }
        }
        return counts;
    }

    static Instant windowStart(Instant time, Duration window) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(time.toEpochMilli() - Math.floorMod(time.toEpochMilli(), size));
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
