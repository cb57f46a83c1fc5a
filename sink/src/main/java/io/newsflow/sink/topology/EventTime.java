package io.newsflow.sink.topology;

import io.newsflow.schemas.avro.EnrichedArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time of an enriched article: when it was published, or, when the feed did not say, when it was
 * ingested. Windows (trends, tone by country) and their grace period are in this time, not the broker's.
 */
public final class EventTime implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof EnrichedArticle enriched) {
            return ArticleViews.eventTime(enriched).toEpochMilli();
        }
        // not an article (a tombstone): keep the stream's time where it is
        return record.timestamp() >= 0 ? record.timestamp() : partitionTime;
    }
}
