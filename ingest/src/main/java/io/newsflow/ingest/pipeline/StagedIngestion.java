package io.newsflow.ingest.pipeline;

import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import java.util.List;

/**
 * An ingestion in two stages, so a caller with many inputs can prepare the next one (CPU) while the current
 * one is published (Kafka I/O): {@code ingest(input, reader) == publish(prepare(input, reader))}.
 */
public interface StagedIngestion extends Ingestion {

    /** Pure work, no Kafka: may run on any thread, ahead of publishing. */
    PreparedInput prepare(Input input, ArticleReader reader);

    /** Publishes one prepared input. */
    Outcome publish(PreparedInput prepared);

    /**
     * Publishes several prepared inputs, in the order given, as if one after the other; an implementation may
     * share transactions between them. One outcome per input, in the same order.
     */
    default List<Outcome> publish(List<PreparedInput> prepared) {
        return prepared.stream().map(this::publish).toList();
    }
}
