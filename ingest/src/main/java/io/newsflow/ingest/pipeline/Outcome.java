package io.newsflow.ingest.pipeline;

import java.util.List;

/**
 * What became of one input's items.
 *
 * @param published  ids of the articles written to {@code news.articles.raw}, in input order
 * @param duplicates ids of articles already published before (not written again)
 * @param rejected   items written to {@code news.articles.rejected} instead, with the reason
 */
public record Outcome(List<String> published, List<String> duplicates, List<Rejection> rejected) {

    public Outcome {
        published = List.copyOf(published);
        duplicates = List.copyOf(duplicates);
        rejected = List.copyOf(rejected);
    }

    /** @param item 0-based position of the item in its input (line, array element, feed entry) */
    public record Rejection(int item, String reason) {
    }
}
