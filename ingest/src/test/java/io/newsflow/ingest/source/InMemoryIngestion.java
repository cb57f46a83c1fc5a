package io.newsflow.ingest.source;

import io.newsflow.ingest.pipeline.Ingestion;
import io.newsflow.ingest.pipeline.Outcome;
import io.newsflow.ingest.reader.ArticleNormalizer;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import io.newsflow.ingest.reader.InvalidArticleException;
import io.newsflow.ingest.reader.Item;
import io.newsflow.schemas.avro.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The ingestion contract without Kafka: real readers and normaliser, de-duplication in memory. */
final class InMemoryIngestion implements Ingestion {

    final List<Input> inputs = Collections.synchronizedList(new ArrayList<>());
    final List<Article> published = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> seen = new HashSet<>();
    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @Override
    public synchronized Outcome ingest(Input input, ArticleReader reader) {
        inputs.add(input);
        List<String> ids = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<Outcome.Rejection> rejected = new ArrayList<>();
        List<Item> items = reader.read(input);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Item.Broken broken) {
                rejected.add(new Outcome.Rejection(i, broken.reason()));
                continue;
            }
            try {
                Article article = normalizer.normalize(((Item.Parsed) items.get(i)).article(), input.defaultSource(), Instant.EPOCH);
                if (seen.add(article.getId())) {
                    ids.add(article.getId());
                    published.add(article);
                } else {
                    duplicates.add(article.getId());
                }
            } catch (InvalidArticleException e) {
                rejected.add(new Outcome.Rejection(i, e.getMessage()));
            }
        }
        return new Outcome(ids, duplicates, rejected);
    }
}
