package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the lexicon resources that {@code enrich/tools/lexicons/update.mjs} copied from npm (licences beside
 * them). Each is read once per JVM: the holders below load on first use and share immutable maps.
 */
final class Lexicons {

    private Lexicons() {
    }

    /** VADER's 7,500 words and emoticons with their mean valence, −4…+4. */
    static Map<String, Double> vader() {
        return VaderHolder.LEXICON;
    }

    /** AFINN-165: 3,382 words and phrases with integer valence −5…+5. */
    static Map<String, Double> afinn() {
        return AfinnHolder.LEXICON;
    }

    /** Hu &amp; Liu's opinion words: 2,006 positive. */
    static Set<String> opinionPositive() {
        return OpinionHolder.POSITIVE;
    }

    /** Hu &amp; Liu's opinion words: 4,783 negative. */
    static Set<String> opinionNegative() {
        return OpinionHolder.NEGATIVE;
    }

    /**
     * Pattern's adjective lexicon (De Smedt &amp; Daelemans): 1,498 words with their polarity −1…+1, the mean over
     * the word's senses.
     */
    static Map<String, Double> pattern() {
        return PatternHolder.LEXICON;
    }

    private static final class VaderHolder {
        static final Map<String, Double> LEXICON = readValences("vader_lexicon.txt");
    }

    private static final class AfinnHolder {
        static final Map<String, Double> LEXICON = readValences("afinn-165.tsv");
    }

    private static final class PatternHolder {
        static final Map<String, Double> LEXICON = readValences("pattern-en-sentiment.tsv");
    }

    private static final class OpinionHolder {
        static final Set<String> POSITIVE = readWords("opinion-lexicon-positive.txt");
        static final Set<String> NEGATIVE = readWords("opinion-lexicon-negative.txt");
    }

    /** Tab-separated {@code word, valence[, …]}; a later duplicate wins, as in the reference's object literal. */
    private static Map<String, Double> readValences(String resource) {
        Map<String, Double> map = new HashMap<>();
        try (BufferedReader reader = open(resource)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t", 3);
                if (fields.length >= 2 && !fields[0].isEmpty()) {
                    map.put(fields[0], Double.parseDouble(fields[1].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return Map.copyOf(map);
    }

    private static Set<String> readWords(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = open(resource)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return Set.copyOf(words);
    }

    private static BufferedReader open(String resource) {
        InputStream in = Lexicons.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing: " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
