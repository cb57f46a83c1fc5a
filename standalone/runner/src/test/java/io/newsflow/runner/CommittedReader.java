package io.newsflow.runner;

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

/**
 * One topic as a read_committed consumer sees it, from its first record, without a consumer group: what
 * downstream readers of the pipeline get, aborted transactions left out.
 */
final class CommittedReader<K, V> implements AutoCloseable {

    private final KafkaConsumer<K, V> consumer;

    CommittedReader(String bootstrapServers, String topic, Deserializer<K> keys, Deserializer<V> values) {
        this(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic, keys, values);
    }

    /** A topic of the catalog, read with its own serdes. */
    static <V> CommittedReader<String, V> of(String bootstrapServers, io.newsflow.schemas.topics.Topic<String, V> topic) {
        return new CommittedReader<>(bootstrapServers, topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }

    /** With client settings of its own (security, for a secured broker) besides bootstrap.servers. */
    CommittedReader(Map<String, Object> client, String topic, Deserializer<K> keys, Deserializer<V> values) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        consumer = new KafkaConsumer<>(config, keys, values);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** What became readable since the last call (at most one poll's worth). */
    List<ConsumerRecord<K, V>> poll() {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        return records;
    }

    /** Everything up to the end as it is now (the last stable offsets): a record committed late is counted too. */
    List<ConsumerRecord<K, V>> drainToEnd() {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            records.addAll(poll());
            return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
        });
        return records;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
