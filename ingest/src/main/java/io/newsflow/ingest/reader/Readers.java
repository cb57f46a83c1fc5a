package io.newsflow.ingest.reader;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every reader by format name, and format detection from a file name and the first bytes. */
public final class Readers {

    private final Map<String, ArticleReader> byFormat;

    public Readers(Clock clock) {
        this.byFormat = List.<ArticleReader>of(new TextArticleReader(), new JsonArticleReader(clock), new NinjsReader(clock),
                        new RssReader(clock), new AtomReader(clock)).stream()
                .collect(Collectors.toUnmodifiableMap(ArticleReader::format, Function.identity()));
    }

    public List<String> formats() {
        return byFormat.keySet().stream().sorted().toList();
    }

    public ArticleReader forFormat(String format) {
        ArticleReader reader = byFormat.get(format.toLowerCase(Locale.ROOT));
        if (reader == null) {
            throw new IllegalArgumentException("unknown format \"" + format + "\"; known: " + formats());
        }
        return reader;
    }

    /** The given format, else the one the name and content suggest. */
    public ArticleReader choose(Optional<String> format, Input input) {
        return forFormat(format.orElseGet(() -> detect(input.name(), input.bytes())));
    }

    /**
     * By extension first (.txt, .jsonl, .json, .xml, .rss, .atom), then by the first non-blank character. JSON goes
     * to the jsonl reader, which also recognises ninjs documents and maps them as ninjs.
     */
    public String detect(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return TextArticleReader.FORMAT;
        }
        String start = firstChars(bytes);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")
                || start.startsWith("{") || start.startsWith("[")) {
            return JsonArticleReader.FORMAT;
        }
        if (lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom") || start.startsWith("<")) {
            return feedFormat(bytes);
        }
        return TextArticleReader.FORMAT;
    }

    /** RSS or Atom by the root element; XML that is neither (or not even XML) goes to the RSS reader, which says why. */
    private static String feedFormat(byte[] bytes) {
        String format = FeedFormats.detect(bytes);
        return format != null ? format : RssReader.FORMAT;
    }

    private static String firstChars(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8);
        return head.replace("\uFEFF", "").stripLeading();
    }
}
