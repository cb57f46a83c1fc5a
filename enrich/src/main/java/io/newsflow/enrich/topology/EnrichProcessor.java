package io.newsflow.enrich.topology;

import io.newsflow.enrich.engine.ArticleEnricher;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.registry.SchemaRegistryException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes a raw record and enriches it; a record that cannot be decoded (wrong magic byte, unknown schema id,
 * corrupt Avro, no value) or whose enrichment throws becomes a dead letter instead, and the stream goes on. The
 * decoding is done here rather than by the source's serde so that both kinds of failure take one path and the
 * dead letter carries the original bytes — written in the same transaction as the offsets under exactly-once.
 * A schema registry that cannot be reached (after the registry client's retries) is no fault of the record: that
 * failure stops the stream thread instead, and the record is read again after the thread is replaced or the
 * process restarted ({@code enrich.on.thread.death}).
 */
final class EnrichProcessor implements Processor<byte[], byte[], String, EnrichOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

    private final Deserializer<Article> articles;
    private final ArticleEnricher enricher;
    private final Clock clock;
    private ProcessorContext<String, EnrichOutcome> context;

    EnrichProcessor(Deserializer<Article> articles, ArticleEnricher enricher, Clock clock) {
        this.articles = articles;
        this.enricher = enricher;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, EnrichOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata where = context.recordMetadata().orElse(null);
        Article article;
        try {
            article = decode(where, record.value());
        } catch (RuntimeException e) {
            if (SchemaRegistryException.transientCause(e)) {
                // not the record's fault: fail the task so it is read again (its transaction aborted), not dead-lettered
                throw e;
            }
            deadLetter(record, where, DeadLetters.reason("undecodable record", e), e);
            return;
        }
        EnrichedArticle enriched;
        try {
            enriched = enricher.enrich(article);
        } catch (RuntimeException e) {
            deadLetter(record, where, DeadLetters.reason("enrichment failed for article " + article.getId(), e), e);
            return;
        }
        context.forward(record.withKey(article.getId()).withValue(EnrichOutcome.of(enriched)));
    }

    private Article decode(RecordMetadata where, byte[] value) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("the record has no value");
        }
        return articles.deserialize(where == null ? "news.articles.raw" : where.topic(), value);
    }

    private void deadLetter(Record<byte[], byte[]> record, RecordMetadata where, String reason, RuntimeException e) {
        LOG.warn("Dead letter from {}-{}@{}: {}", where == null ? "?" : where.topic(), where == null ? -1 : where.partition(),
                where == null ? -1 : where.offset(), reason);
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        context.forward(record.withKey(key)
                .withValue(EnrichOutcome.deadLetter(DeadLetters.of(where, record.key(), record.value(), reason, e, clock.instant()))));
    }
}
