package io.newsflow.ingest.publish;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.topics.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Publishes articles to {@code news.articles.raw}, keyed by id: idempotent producer, acks=all, lz4,
 * batched. {@link #publish} returns once Kafka has acknowledged every record, or throws.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(120);

    private final KafkaProducer<String, Article> producer;
    private final Topic<String, Article> topic;

    public ArticlePublisher(String bootstrapServers, Topic<String, Article> topic) {
        this.topic = topic;
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /** Sends all, then waits for every acknowledgement; the metadata comes back in input order. */
    public List<RecordMetadata> publish(List<Article> articles) {
        List<Future<RecordMetadata>> pending = new ArrayList<>(articles.size());
        for (Article article : articles) {
            pending.add(producer.send(new ProducerRecord<>(topic.name(), article.getId(), article)));
        }
        producer.flush();
        List<RecordMetadata> acked = new ArrayList<>(pending.size());
        for (Future<RecordMetadata> future : pending) {
            acked.add(await(future));
        }
        return acked;
    }

    private RecordMetadata await(Future<RecordMetadata> future) {
        try {
            return future.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaException("Publishing to " + topic.name() + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("Kafka did not acknowledge a record of " + topic.name() + " within " + ACK_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while publishing to " + topic.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
