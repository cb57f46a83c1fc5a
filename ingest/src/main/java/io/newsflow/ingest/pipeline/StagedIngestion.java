package io.newsflow.ingest.pipeline;

import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;

/**
 * An ingestion in two stages, so a caller with many inputs can prepare the next one (CPU) while the current
 * one is published (Kafka I/O): {@code ingest(input, reader) == publish(prepare(input, reader))}.
 */
public interface StagedIngestion extends Ingestion {

    /** Pure work, no Kafka: may run on any thread, ahead of publishing. */
    PreparedInput prepare(Input input, ArticleReader reader);

    /** Publishes prepared inputs one at a time, in the order they are given. */
    Outcome publish(PreparedInput prepared);
}
