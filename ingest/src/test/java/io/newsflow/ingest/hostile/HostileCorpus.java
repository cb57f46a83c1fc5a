package io.newsflow.ingest.hostile;

import io.newsflow.ingest.reader.ArticleNormalizer;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import io.newsflow.ingest.reader.InvalidArticleException;
import io.newsflow.ingest.reader.Item;
import io.newsflow.ingest.reader.Readers;
import io.newsflow.schemas.avro.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hostile corpus under {@code src/test/resources/io/newsflow/ingest/hostile/} (one file per input, named
 * {@code <reader>--<outcome>--<what>.<ext>}, listed in the README there), the large inputs generated rather than
 * checked in, and the reading path every entry point shares: {@link Readers} picks the reader, the reader makes
 * items, {@link ArticleNormalizer} turns parsed items into articles, as {@code KafkaIngestion.prepare} does.
 */
final class HostileCorpus {

    static final String DIRECTORY = "/io/newsflow/ingest/hostile/";
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String DEFAULT_SOURCE = "hostile-corpus";
    /** The push endpoint's input name ({@code "http:" + client address}): no extension, so detection is by content. */
    static final String PUSH_INPUT_NAME = "http:127.0.0.1";
    /** {@code <reader>--<outcome>--<what>.<ext>}. */
    static final Pattern FILE_NAME = Pattern.compile("(json|jsonl|ninjs|text|rss|atom|xml|bin)--(reject|article|mixed|empty)--[a-z0-9-]+\\.[a-z]+");

    private HostileCorpus() {
    }

    /**
     * Every corpus file, in name order: all files of the directory but its README and the compiled test classes,
     * which share the directory on the class path (the same package).
     */
    static List<String> fileNames() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("README.md") && !name.endsWith(".class"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path directory() {
        URL url = HostileCorpus.class.getResource(DIRECTORY);
        if (url == null) {
            throw new IllegalStateException("corpus directory " + DIRECTORY + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("corpus file " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome the file's name announces: reject, article, mixed or empty. */
    static String announcedOutcome(String fileName) {
        return fileName.split("--")[1];
    }

    // ---- generated inputs, too large (or too dull) to check in

    /** {@code [[[…]]]}: far beyond Jackson's default nesting limit of 1,000. */
    static byte[] nestedArrays(int depth) {
        byte[] bytes = new byte[2 * depth];
        java.util.Arrays.fill(bytes, 0, depth, (byte) '[');
        java.util.Arrays.fill(bytes, depth, 2 * depth, (byte) ']');
        return bytes;
    }

    /** {@code {"a":{"a":…1…}}}. */
    static byte[] nestedObjects(int depth) {
        StringBuilder json = new StringBuilder(depth * 6 + 2);
        json.append("{\"a\":".repeat(depth)).append('1').append("}".repeat(depth));
        return json.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** One JSON article whose body has {@code bodyChars} characters of plain words. */
    static byte[] articleWithBody(int bodyChars) {
        String prefix = "{\"title\":\"A very long article\",\"body\":\"";
        StringBuilder json = new StringBuilder(prefix.length() + bodyChars + 2).append(prefix);
        String words = "Harbour officials said the ferry timetable starts on Monday. ";
        while (json.length() < prefix.length() + bodyChars) {
            json.append(words);
        }
        json.setLength(prefix.length() + bodyChars);
        return json.append("\"}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * JSON lines: {@code lines} articles, every {@code brokenEvery}-th line broken in one of several ways.
     *
     * @return the bytes; {@link #brokenLines} says how many are broken
     */
    static byte[] manyJsonLines(int lines, int brokenEvery) {
        String[] broken = {"{\"title\":\"cut", "not json", "[1,2]", "{\"title\":5,\"body\":\"x\"}", "{\"title\":\"no body\"}",
                "\u0000\u0001", "{\"title\":\"t\",\"body\":\"b\",\"date\":\"yesterday\"}"};
        StringBuilder out = new StringBuilder(lines * 90);
        for (int i = 1; i <= lines; i++) {
            if (i % brokenEvery == 0) {
                out.append(broken[(i / brokenEvery) % broken.length]);
            } else {
                out.append("{\"title\":\"Sailing ").append(i).append("\",\"body\":\"Ferry number ").append(i)
                        .append(" leaves at dawn.\",\"url\":\"https://example.org/s/").append(i).append("\"}");
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static int brokenLines(int lines, int brokenEvery) {
        return lines / brokenEvery;
    }

    // ---- the reading path

    /** What one item of an input became. */
    sealed interface Result permits Accepted, Refused {
        byte[] payload();
    }

    record Accepted(Article article, byte[] payload) implements Result {
    }

    /** @param byReader refused by the reader (an {@code Item.Broken}) rather than by the normaliser */
    record Refused(String reason, String errorClass, byte[] payload, boolean byReader) implements Result {
    }

    /** An input read as ingest reads it. */
    record Processed(Input input, String format, List<Result> results) {

        List<Accepted> accepted() {
            return results.stream().filter(Accepted.class::isInstance).map(Accepted.class::cast).toList();
        }

        List<Refused> refused() {
            return results.stream().filter(Refused.class::isInstance).map(Refused.class::cast).toList();
        }
    }

    /**
     * Reads an input with the reader {@link Readers#choose} picks for it (by the name's extension, then the content),
     * and normalises each parsed item. Only {@link InvalidArticleException} is an expected refusal, as in
     * {@code KafkaIngestion.prepare}: any other exception escapes to the caller.
     */
    static Processed process(Readers readers, ArticleNormalizer normalizer, Input input) {
        return process(readers.choose(Optional.empty(), input), normalizer, input);
    }

    /** The same with a given reader (the push endpoint's ingestion is handed the reader its server chose). */
    static Processed process(ArticleReader reader, ArticleNormalizer normalizer, Input input) {
        List<Item> items = reader.read(input);
        List<Result> results = new ArrayList<>(items.size());
        for (Item item : items) {
            if (item instanceof Item.Broken broken) {
                results.add(new Refused(broken.reason(), broken.errorClass(), broken.payload(), true));
                continue;
            }
            Item.Parsed parsed = (Item.Parsed) item;
            try {
                results.add(new Accepted(normalizer.normalize(parsed.article(), input.defaultSource(), NOW), parsed.payload()));
            } catch (InvalidArticleException e) {
                results.add(new Refused(e.getMessage(), e.getClass().getName(), parsed.payload(), false));
            }
        }
        return new Processed(input, reader.format(), results);
    }
}
