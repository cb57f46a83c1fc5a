package io.newsflow.sink.topology;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record the broker refuses for what it is (too large, an invalid timestamp) or that cannot be serialized goes
 * to the dead-letter topic with the reason, and the sink goes on; Kafka's default handler stops the application
 * instead, and it would stop again on the same record at every restart. Any other error (the broker unreachable,
 * authorisation, the schema registry unreachable) still stops it: those are not the record's fault and must be seen.
 */
public final class RecordLevelProductionErrors implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RecordLevelProductionErrors.class);

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? SinkTopology.DEAD_LETTER_TOPIC : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (!(exception instanceof RecordTooLargeException || exception instanceof InvalidRecordException)) {
            return Response.fail();
        }
        LOG.warn("Kafka refused a record for {} (task {}): {}; it goes to {}", record.topic(), context.taskId(),
                exception.getMessage(), deadLetterTopic);
        return Response.resume(List.of(deadLetter(record.topic(), record.key(), record.value(), exception)));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        if (RegistryOutages.stopFor(context, exception)) {
            return Response.fail();
        }
        LOG.warn("Cannot serialize a record for {} (task {}, {}): {}; its source record goes to {}", record.topic(),
                context.taskId(), origin, exception.getMessage(), deadLetterTopic);
        return Response.resume(List.of(deadLetter(record.topic(), context.sourceRawKey(), context.sourceRawValue(), exception)));
    }

    private ProducerRecord<byte[], byte[]> deadLetter(String topic, byte[] key, byte[] value, Exception exception) {
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(deadLetterTopic, null, key, value);
        dead.headers().add("__streams.errors.exception", exception.getClass().getName().getBytes(StandardCharsets.UTF_8));
        dead.headers().add("__streams.errors.message", String.valueOf(exception.getMessage()).getBytes(StandardCharsets.UTF_8));
        dead.headers().add("__streams.errors.topic", topic.getBytes(StandardCharsets.UTF_8));
        return dead;
    }
}
