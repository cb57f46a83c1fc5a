package io.newsflow.sink.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class RecordLevelProductionErrorsTest {

    private final RecordLevelProductionErrors handler = new RecordLevelProductionErrors();
    private final ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("news.locations.json",
            "IQ".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

    RecordLevelProductionErrorsTest() {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "news.sink.dlq"));
    }

    @Test
    void shouldSendARecordKafkaRefusesForWhatItIsToTheDeadLetterTopicAndGoOn() {
        for (Exception refusal : new Exception[] {new InvalidRecordException("Timestamp out of range"),
                new RecordTooLargeException("too large")}) {
            ProductionExceptionHandler.Response response = handler.handleError(context(), record, refusal);

            assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
            ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
            assertThat(dead.topic()).isEqualTo("news.sink.dlq");
            assertThat(dead.key()).isEqualTo(record.key());
            assertThat(dead.value()).isEqualTo(record.value());
            assertThat(new String(dead.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
                    .isEqualTo(refusal.getMessage());
            assertThat(new String(dead.headers().lastHeader("__streams.errors.topic").value(), StandardCharsets.UTF_8))
                    .isEqualTo("news.locations.json");
        }
    }

    @Test
    void shouldStillStopOnAnErrorThatIsNotTheRecordsFault() {
        ProductionExceptionHandler.Response response = handler.handleError(context(), record, new AuthorizationException("denied"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
    }

    private static ErrorHandlerContext context() {
        return (ErrorHandlerContext) Proxy.newProxyInstance(ErrorHandlerContext.class.getClassLoader(),
                new Class<?>[] {ErrorHandlerContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "taskId" -> new TaskId(0, 1);
                    case "topic" -> "news.articles.enriched";
                    default -> null;
                });
    }
}
