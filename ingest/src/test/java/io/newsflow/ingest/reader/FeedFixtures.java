package io.newsflow.ingest.reader;

import io.newsflow.schemas.avro.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The feed files under src/test/resources and the steps every feed test repeats. */
final class FeedFixtures {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final String DEFAULT_SOURCE = "default-source";
    private static final ArticleNormalizer NORMALIZER = new ArticleNormalizer();

    private FeedFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test fixture " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Input input(String name) {
        return new Input(name, bytes(name), DEFAULT_SOURCE);
    }

    static Input inline(String xml) {
        return new Input("inline.xml", xml.getBytes(StandardCharsets.UTF_8), DEFAULT_SOURCE);
    }

    /** The article an item became, after the normalisation every reader's output goes through. */
    static Article article(Item item) {
        if (!(item instanceof Item.Parsed parsed)) {
            throw new AssertionError("expected a parsed item but got " + item);
        }
        return NORMALIZER.normalize(parsed.article(), DEFAULT_SOURCE, NOW);
    }

    static List<Article> articles(List<Item> items) {
        return items.stream().filter(Item.Parsed.class::isInstance).map(FeedFixtures::article).toList();
    }

    static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
