package io.newsflow.ingest.pipeline;

import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;

/**
 * The one way into {@code news.articles.raw}: read, normalise, drop what was already published, publish
 * articles and rejections, and return only once Kafka acknowledged every record (acks=all).
 */
public interface Ingestion {

    /**
     * @throws IngestException when Kafka did not acknowledge; then nothing of this input is reported as published
     */
    Outcome ingest(Input input, ArticleReader reader);
}
