package io.newsflow.enrich.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A list of names or words from a classpath resource next to this class (one a line, {@code #} comments),
 * compared case-insensitively as space-separated words, the way {@link Words#key} spells a span.
 */
final class NameList {

    private final Set<String> keys;
    private final Set<String> firstWords;
    private final int maxWords;

    private NameList(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        this.firstWords = keys.stream().map(k -> k.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
        this.maxWords = keys.stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    static NameList of(String... entries) {
        Set<String> keys = new HashSet<>();
        for (String entry : entries) {
            keys.add(Words.lower(entry));
        }
        return new NameList(keys);
    }

    static NameList load(String resource) {
        try (InputStream in = NameList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> keys = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    keys.add(Words.lower(entry));
                }
            }
            return new NameList(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String word) {
        return keys.contains(Words.lower(word));
    }

    /** Whether tokens [from, to) of the document spell an entry. */
    boolean contains(TaggedDocument document, int from, int to) {
        return to - from <= maxWords && keys.contains(Words.key(document, from, to));
    }

    /** Whether a lower-cased, space-separated key is an entry. */
    boolean containsKey(String key) {
        return keys.contains(key);
    }

    /** Whether some entry starts with this lower-cased word. */
    boolean isFirstWord(String lowerWord) {
        return firstWords.contains(lowerWord);
    }

    int maxWords() {
        return maxWords;
    }
}
