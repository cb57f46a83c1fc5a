package io.newsflow.enrich.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country demonyms ("Iranian", "Iraqis", "South Korean") from world-countries, found in running text. A demonym
 * two countries share means the more populous ("Congolese": DR Congo). Thread-safe.
 */
public final class Demonyms {

    /** A demonym as written in a text, and the country it refers to. */
    public record Mention(int start, int end, String text, GazetteerEntry country) {
    }

    /** Demonyms have at most three words ("Central African", "Saint Vincentian"…). */
    private static final int MAX_WORDS = 3;
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’]*");
    /**
     * Before these, a demonym names a group or a region, not the country: "Native American", "Latin American",
     * "South American" (unless the pair itself is a demonym: "South Korean", "South African").
     */
    private static final Set<String> GROUP_PREFIXES = Set.of("native", "latin", "north", "south", "central", "east",
            "west", "pan", "anglo");

    private final Map<String, GazetteerEntry> countryByKey;

    Demonyms(Map<String, GazetteerEntry> countryByKey) {
        this.countryByKey = Map.copyOf(countryByKey);
    }

    /** The country a demonym refers to, or null. */
    public GazetteerEntry country(String demonym) {
        return countryByKey.get(NameKey.of(demonym));
    }

    /** The demonyms of a text, in order, longest match first at each word, none overlapping. */
    public List<Mention> find(String text) {
        List<int[]> words = capitalisedWords(text);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int matched = longestMatchAt(text, words, i, mentions);
            if (matched > 0) {
                i += matched - 1;
            }
        }
        return mentions;
    }

    private int longestMatchAt(String text, List<int[]> words, int first, List<Mention> out) {
        for (int n = Math.min(MAX_WORDS, words.size() - first); n >= 1; n--) {
            if (!adjacent(text, words, first, n)) {
                continue;
            }
            int start = words.get(first)[0];
            int end = words.get(first + n - 1)[1];
            GazetteerEntry country = countryByKey.get(NameKey.of(text.substring(start, end)));
            if (country != null) {
                if (!partOfGroupName(text, start)) {
                    out.add(new Mention(start, end, text.substring(start, end), country));
                }
                return n;
            }
        }
        return 0;
    }

    /** Words separated by single spaces only: a comma or line break ends a name. */
    private static boolean adjacent(String text, List<int[]> words, int first, int n) {
        for (int k = first; k < first + n - 1; k++) {
            if (words.get(k + 1)[0] != words.get(k)[1] + 1 || text.charAt(words.get(k)[1]) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** "African-American", "Native American": the demonym is part of a compound that is no reference to a country. */
    private static boolean partOfGroupName(String text, int start) {
        if (start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '‑')) {
            return true;
        }
        int end = start - 1;
        while (end > 0 && text.charAt(end) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return end > begin && GROUP_PREFIXES.contains(NameKey.of(text.substring(begin, end + 1)));
    }

    private static List<int[]> capitalisedWords(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = CAPITALISED_WORD.matcher(text);
        while (m.find()) {
            if (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                words.add(new int[] {m.start(), trimPossessive(text, m.start(), m.end())});
            }
        }
        return words;
    }

    /** "Iraq's": the apostrophe belongs to the sentence, not the name. */
    private static int trimPossessive(String text, int start, int end) {
        if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
            return end - 2;
        }
        while (end > start + 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '’')) {
            end--;
        }
        return end;
    }
}
