package io.newsflow.ingest.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what committed transactions added to a topic since a mark. A transaction's commit returns before
 * its markers are written, so "until the end" means until the committed view reaches the high watermark
 * (read uncommitted): only then is everything committed visible, and an empty answer really is empty.
 */
final class TopicReader<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final KafkaConsumer<String, String> highWatermarks;
    private final List<TopicPartition> partitions;

    TopicReader(String bootstrap, String topic, Deserializer<V> values) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), values);
        partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        highWatermarks = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"), new StringDeserializer(), new StringDeserializer());
    }

    /** The current end of every partition. */
    Map<TopicPartition, Long> mark() {
        return new HashMap<>(highWatermarks.endOffsets(partitions));
    }

    /** Every committed record between the mark and the current end. */
    List<ConsumerRecord<String, V>> since(Map<TopicPartition, Long> mark) {
        Map<TopicPartition, Long> end = highWatermarks.endOffsets(partitions);
        mark.forEach(consumer::seek);
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
        });
        return records;
    }

    @Override
    public void close() {
        consumer.close();
        highWatermarks.close();
    }
}
