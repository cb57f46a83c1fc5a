package io.newsflow.ingest.pipeline;

import io.newsflow.ingest.reader.Input;
import java.time.Instant;
import java.util.List;

/** An input read, normalised and encoded, waiting to be published. */
public record PreparedInput(Input input, Instant preparedAt, List<Prepared> items) {

    public PreparedInput {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }
}
