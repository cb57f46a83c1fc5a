package io.newsflow.enrich.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.enrich.engine.ArticleEnricher;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;

/**
 * The enrich service's own meters: {@code newsflow_enrich_seconds} (time the engine took per article, a
 * histogram with p50/p95/p99), {@code newsflow_enrich_articles_total} and {@code newsflow_enrich_dead_letters_total}.
 * Consumer lag and the rest of Kafka Streams' metrics come from Micrometer's Kafka Streams binder.
 */
public final class EnrichMetrics {

    private final Timer enrichTime;
    private final Counter enriched;
    private final Counter deadLetters;

    public EnrichMetrics(MeterRegistry registry) {
        this.enrichTime = Timer.builder("newsflow.enrich").description("Time the NLP engine took for one article")
                .publishPercentiles(0.5, 0.95, 0.99).publishPercentileHistogram().register(registry);
        this.enriched = Counter.builder("newsflow.enrich.articles").description("Articles enriched").register(registry);
        this.deadLetters = Counter.builder("newsflow.enrich.dead.letters")
                .description("Records sent to news.enrich.dlq (undecodable, or the engine failed)").register(registry);
    }

    /** Meters nobody reads: for tests and tools that run the topology without a service. */
    public static EnrichMetrics unobserved() {
        return new EnrichMetrics(new SimpleMeterRegistry());
    }

    /** The enricher, timed and counted. */
    ArticleEnricher timed(ArticleEnricher enricher) {
        return new ArticleEnricher() {
            @Override
            public EnrichedArticle enrich(Article article) {
                EnrichedArticle result = enrichTime.record(() -> enricher.enrich(article));
                enriched.increment();
                return result;
            }

            @Override
            public String version() {
                return enricher.version();
            }
        };
    }

    void deadLetter() {
        deadLetters.increment();
    }
}
