package io.newsflow.enrich.engine;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;

/** Turns an article into an enriched article. Implementations are thread-safe: all stream threads share one. */
public interface ArticleEnricher {

    EnrichedArticle enrich(Article article);

    /** Written into every record's {@code enrichment.engineVersion}. */
    String version();
}
