package io.newsflow.enrich.topology;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejected;

/** What became of one raw record: an enriched article, or a dead letter. Exactly one is set. */
record EnrichOutcome(EnrichedArticle enriched, Rejected rejected) {

    static EnrichOutcome of(EnrichedArticle enriched) {
        return new EnrichOutcome(enriched, null);
    }

    static EnrichOutcome deadLetter(Rejected rejected) {
        return new EnrichOutcome(null, rejected);
    }

    boolean isEnriched() {
        return enriched != null;
    }
}
