package io.newsflow.ingest.reader;

import java.util.List;

/**
 * Turns one input into items. Never throws for bad content: whatever cannot become an article comes back
 * as an {@link Item.Broken} with the reason and its original bytes, so nothing is dropped silently.
 * Implementations are stateless and thread-safe.
 */
public interface ArticleReader {

    /** The name used by {@code --format} and written into {@code Article.format}. */
    String format();

    List<Item> read(Input input);
}
