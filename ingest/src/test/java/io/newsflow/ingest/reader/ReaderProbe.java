package io.newsflow.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Feeds bytes to a reader the way ingest does and normalises what comes out, for the JSON readers' tests. */
final class ReaderProbe {

    private final ArticleReader reader;
    private final Instant now;
    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    ReaderProbe(ArticleReader reader, Instant now) {
        this.reader = reader;
        this.now = now;
    }

    List<Item> read(byte[] bytes) {
        return reader.read(new Input("test", bytes, "feed"));
    }

    Item single(byte[] bytes) {
        List<Item> items = read(bytes);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** Normalises the one article of a JSON object written with single quotes for readability. */
    Article article(String singleQuotedJson) {
        Item item = single(json(singleQuotedJson));
        assertThat(item).isInstanceOf(Item.Parsed.class);
        return normalize((Item.Parsed) item);
    }

    Article normalize(Item.Parsed parsed) {
        return normalizer.normalize(parsed.article(), "feed", now);
    }

    static byte[] json(String singleQuoted) {
        return utf8(singleQuoted.replace('\'', '"'));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static List<byte[]> nonBlankLines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).map(ReaderProbe::utf8).toList();
    }

    /** A test resource next to the reader tests. */
    static byte[] resource(String name) {
        try (java.io.InputStream in = ReaderProbe.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
