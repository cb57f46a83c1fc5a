package io.newsflow.ingest;

import io.newsflow.ingest.reader.ArticleNormalizer;
import io.newsflow.ingest.reader.TextArticleReader;
import io.newsflow.schemas.avro.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** The sample articles bundled with newsflow (plain-text wire format), in the order of their index. */
public final class Samples {

    public static final String SOURCE = "newsflow-samples";
    private static final String DIR = "/io/newsflow/ingest/samples/";

    private Samples() {
    }

    public static List<String> names() {
        return read("index.txt").lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    public static String text(String name) {
        return read(name);
    }

    /** The samples as normalised articles, ingested at the clock's time. */
    public static List<Article> articles(Clock clock) {
        TextArticleReader reader = new TextArticleReader();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        return names().stream()
                .map(name -> normalizer.normalize(reader.parse(text(name)), SOURCE, clock.instant()))
                .toList();
    }

    private static String read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled sample " + name + " is missing from the ingest jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled sample " + name, e);
        }
    }
}
