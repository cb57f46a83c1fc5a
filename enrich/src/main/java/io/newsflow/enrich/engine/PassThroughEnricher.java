package io.newsflow.enrich.engine;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Enrichment;
import io.newsflow.schemas.avro.Sentiment;
import io.newsflow.schemas.avro.SentimentLabel;
import java.time.Clock;
import java.util.List;

/**
 * The enricher until the NLP engine exists: it finds nothing and says so. Entities and places are empty,
 * sentiment is neutral with zero shares, and {@code engineVersion} is {@value #VERSION} so no consumer
 * mistakes the output for analysis.
 */
public final class PassThroughEnricher implements ArticleEnricher {

    public static final String VERSION = "pass-through/0";

    private final Clock clock;

    public PassThroughEnricher(Clock clock) {
        this.clock = clock;
    }

    @Override
    public EnrichedArticle enrich(Article article) {
        long start = System.nanoTime();
        Sentiment neutral = Sentiment.newBuilder().setScore(0f).setLabel(SentimentLabel.NEUTRAL)
                .setPositive(0f).setNegative(0f).setTone(0f).build();
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setEntities(List.of())
                .setLocations(List.of())
                .setSentiment(neutral)
                .setEnrichment(Enrichment.newBuilder().setEngineVersion(VERSION).setEnrichedAt(clock.instant())
                        .setTookMicros((System.nanoTime() - start) / 1_000).setAnalysedChars(0).setTruncated(false).build())
                .build();
    }

    @Override
    public String version() {
        return VERSION;
    }
}
