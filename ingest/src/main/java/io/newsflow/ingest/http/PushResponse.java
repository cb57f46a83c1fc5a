package io.newsflow.ingest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.ingest.pipeline.Outcome;
import java.util.List;

/** The JSON answer to a push: what became of each item, and an error when nothing was usable. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PushResponse(List<String> published, List<String> duplicates, List<Outcome.Rejection> rejected,
        String error) {

    static PushResponse of(Outcome outcome) {
        return new PushResponse(outcome.published(), outcome.duplicates(), outcome.rejected(), null);
    }

    PushResponse withError(String message) {
        return new PushResponse(published, duplicates, rejected, message);
    }
}
