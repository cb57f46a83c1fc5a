package io.newsflow.schemas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.schemas.fixtures.CatalogTopics;
import io.newsflow.schemas.fixtures.RecordsByType;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.SharedStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** Every catalog topic, with its own serde, through a real broker and a real registry. */
class SerdeOverKafkaIT {

    private final LocalStack stack = SharedStack.get();

    @Test
    @SuppressWarnings("unchecked")
    void shouldCarryEveryRecordTypeThroughItsTopic() throws Exception {
        stack.ensureTopics(CatalogTopics.specs());
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()));
        TopicCatalog catalog = new TopicCatalog(serdes);

        for (Topic<String, ?> topic : catalog.all()) {
            Object sample = RecordsByType.of(topic.definition().valueType());
            Serde<Object> values = (Serde<Object>) topic.valueSerde();
            produce(topic.name(), topic.keySerde(), values, sample);

            List<Object> read = consume(topic.name(), topic.keySerde(), values);

            assertThat(read).as(topic.name()).containsExactly(sample);
        }
        NewsSerdes another = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()));
        assertThat(another.registry().latest(TopicCatalog.ARTICLES_ENRICHED + "-value").schema())
                .isEqualTo(io.newsflow.schemas.avro.EnrichedArticle.getClassSchema());
    }

    private void produce(String topic, Serde<String> keys, Serde<Object> values, Object value) throws Exception {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(props, keys.serializer(), values.serializer())) {
            producer.send(new ProducerRecord<>(topic, "key-1", value)).get();
        }
    }

    private List<Object> consume(String topic, Serde<String> keys, Serde<Object> values) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "serde-it-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Object> read = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, keys.deserializer(), values.deserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
                return !read.isEmpty();
            });
        }
        return read;
    }
}
