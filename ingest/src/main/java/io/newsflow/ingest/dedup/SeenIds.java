package io.newsflow.ingest.dedup;

import io.newsflow.schemas.avro.PublishedIds;
import io.newsflow.schemas.config.ClientSettings;
import io.newsflow.schemas.topics.Topic;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids ingest has already published, for de-duplication across restarts, replays and processes.
 *
 * <p>Kept in the topic {@code news.ingest.seen}: one record per ingest transaction listing the ids it
 * published, written in that same transaction, so it survives restarts and is shared by every ingest
 * process; its retention (90 days) is the de-duplication window. At start the whole topic is read into a
 * bounded in-memory set (the most recent {@code capacity} ids); a background consumer then keeps following
 * the topic, so ids published by another process are seen too (records this process wrote carry its
 * {@link #WRITER_HEADER} and are skipped: it remembered those ids when their transaction committed).
 */
public final class SeenIds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SeenIds.class);

    /** Names the process that wrote a seen-set record. */
    public static final String WRITER_HEADER = "newsflow.writer";

    private final IdSet ids;
    private final byte[] writer = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    private final KafkaConsumer<String, PublishedIds> consumer;
    private final Thread follower;
    private volatile boolean closed;

    private SeenIds(int capacity, KafkaConsumer<String, PublishedIds> consumer) {
        this.ids = new IdSet(capacity);
        this.consumer = consumer;
        this.follower = new Thread(this::follow, "seen-ids-follower");
        this.follower.setDaemon(true);
    }

    /**
     * Reads the topic to its end, then follows it in the background. {@code clientSettings}: the service's Kafka
     * client settings (security…), under the consumer's own.
     */
    public static SeenIds load(String bootstrapServers, Map<String, ?> clientSettings, Topic<String, PublishedIds> topic,
            int capacity) {
        KafkaConsumer<String, PublishedIds> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers, clientSettings),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        SeenIds seen = new SeenIds(capacity, consumer);
        long started = System.nanoTime();
        try {
            seen.catchUp(topic.name());
        } catch (RuntimeException e) {
            consumer.close(Duration.ofSeconds(5));
            throw e;
        }
        LOG.info("Loaded {} published article ids from {} in {} ms", seen.size(), topic.name(),
                (System.nanoTime() - started) / 1_000_000);
        seen.follower.start();
        return seen;
    }

    static Map<String, Object> consumerConfig(String bootstrapServers, Map<String, ?> clientSettings) {
        return ClientSettings.onTop(clientSettings, Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-seen"));
    }

    private void catchUp(String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("Topic " + topic + " does not exist: create the catalog topics first "
                    + "(./newsflow topics --create)");
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            addAll(consumer.poll(Duration.ofMillis(200)));
        }
    }

    private void follow() {
        try {
            while (!closed) {
                addAll(consumer.poll(Duration.ofSeconds(1)));
            }
        } catch (WakeupException stopping) {
            // close() woke us up
        } catch (RuntimeException e) {
            LOG.warn("Stopped following the seen-set topic; ids published by other processes are no longer seen", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void addAll(Iterable<ConsumerRecord<String, PublishedIds>> records) {
        synchronized (ids) {
            for (ConsumerRecord<String, PublishedIds> record : records) {
                if (record.value() != null && !writtenHere(record)) {
                    record.value().getIds().forEach(ids::add);
                }
            }
        }
    }

    private boolean writtenHere(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(WRITER_HEADER);
        return header != null && Arrays.equals(header.value(), writer);
    }

    /** The value of {@link #WRITER_HEADER} for the seen-set records this process writes. */
    public byte[] writer() {
        return writer.clone();
    }

    public boolean contains(String id) {
        synchronized (ids) {
            return ids.contains(id);
        }
    }

    /** Marks ids as published (after their transaction committed). */
    public void addAll(Collection<String> published) {
        synchronized (ids) {
            published.forEach(ids::add);
        }
    }

    public int size() {
        synchronized (ids) {
            return ids.size();
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            follower.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
