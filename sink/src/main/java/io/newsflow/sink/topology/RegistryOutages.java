package io.newsflow.sink.topology;

import io.newsflow.schemas.registry.SchemaRegistryException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that fails because the schema registry is unreachable (after the registry client's own retries) is not
 * at fault and must not go to the dead-letter topic: these handlers stop the stream thread instead, so that under
 * exactly-once its transaction is aborted and the record is processed again once the registry answers (after the
 * thread is replaced or the process restarted, per {@code sink.on.thread.death}). Every other failure keeps Kafka
 * Streams' log-and-continue behaviour, with the record in the dead-letter topic.
 */
final class RegistryOutages {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryOutages.class);

    private RegistryOutages() {
    }

    static boolean stopFor(ErrorHandlerContext context, Exception exception) {
        if (!SchemaRegistryException.transientCause(exception)) {
            return false;
        }
        LOG.error("The schema registry is unavailable while task {} handles {}-{}@{}: {}; the record is not "
                + "dead-lettered, the stream thread stops so that it is processed again", context.taskId(), context.topic(),
                context.partition(), context.offset(), exception.getMessage());
        return true;
    }

    /** Deserialization: an undecodable record goes to the dead-letter topic, unless the registry was unreachable. */
    public static final class Deserialization extends LogAndContinueExceptionHandler {
        @Override
        public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                ConsumerRecord<byte[], byte[]> record, Exception exception) {
            return stopFor(context, exception) ? DeserializationExceptionHandler.Response.fail()
                    : super.handleError(context, record, exception);
        }
    }

    /** Processing: a record whose processing throws goes to the dead-letter topic, unless the registry was unreachable. */
    public static final class Processing extends LogAndContinueProcessingExceptionHandler {
        @Override
        public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                Exception exception) {
            return stopFor(context, exception) ? ProcessingExceptionHandler.Response.fail()
                    : super.handleError(context, record, exception);
        }
    }
}
