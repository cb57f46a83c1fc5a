package io.newsflow.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Guesses the base forms of an English word by taking off a regular suffix, most specific first: plurals and
 * third persons ("bribes", "defies"), past tenses ("flourished", "stopped"), gerunds ("saving", "hoping") and
 * adverbs ("dispiritingly", "angrily"). Lexicons list lemmas and a few forms; their sentiment carries over.
 *
 * <p>English spelling decides the order: a stem that ends consonant–vowel–consonant lost an "e" ("hoping" →
 * "hope"; "faded" → "fade", not "fad"), and if it has one syllable nothing else ("dining" is never "din": a
 * one-syllable verb doubles its consonant, "dinning"); "-ssed" keeps its "ss" ("passed" → "pass", never
 * "passe"); a base is at least three letters ("lily" is not "ly" + "-ly"); and a few "-ly" adverbs that
 * mean something else than their base ("likely" is not "like") have no base.
 */
final class Inflections {

    /** Adverbs in "-ly" whose sense is not their base's. */
    static final Set<String> NOT_DERIVED = Set.of(
            "likely", "unlikely", "lately", "shortly", "nearly", "fairly", "largely", "mostly", "presently",
            "hardly", "barely", "scarcely", "merely", "only", "early");

    private static final int MIN_BASE = 3;

    private Inflections() {
    }

    static List<String> baseCandidates(String word) {
        List<String> bases = new ArrayList<>(4);
        int n = word.length();
        if (word.endsWith("ies")) {
            add(bases, word.substring(0, n - 3) + "y");
        }
        if (word.endsWith("es")) {
            add(bases, word.substring(0, n - 2));
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("sses")) {
            add(bases, word.substring(0, n - 1));
        }
        if (word.endsWith("ied")) {
            add(bases, word.substring(0, n - 3) + "y");
        }
        if (word.endsWith("ed")) {
            stem(bases, word.substring(0, n - 2));
        }
        if (word.endsWith("ing")) {
            stem(bases, word.substring(0, n - 3));
        }
        if (word.endsWith("ly") && !NOT_DERIVED.contains(word)) {
            add(bases, word.substring(0, n - 2));
            if (word.endsWith("ily")) {
                add(bases, word.substring(0, n - 3) + "y");
            }
        }
        return bases;
    }

    /** The bases of a stem that "-ed" or "-ing" was taken from: doubled consonant, dropped "e", or as it is. */
    private static void stem(List<String> bases, String stem) {
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && !stem.endsWith("ss") && !stem.endsWith("ll")) {
            add(bases, stem.substring(0, n - 1)); // stopped, begging
        }
        if (stem.endsWith("ss")) {
            add(bases, stem); // passed, never "passe"
            return;
        }
        if (stem.endsWith("ll")) {
            add(bases, stem); // skilled
            add(bases, stem.substring(0, n - 1)); // controlled
            return;
        }
        if (endsConsonantVowelConsonant(stem)) {
            add(bases, stem + "e");
            if (vowelGroups(stem) > 1) {
                add(bases, stem); // visited, opening; a one-syllable verb doubles its consonant (dinning)
            }
        } else {
            add(bases, stem);
            add(bases, stem + "e");
        }
    }

    private static boolean endsConsonantVowelConsonant(String stem) {
        int n = stem.length();
        return n >= 3 && consonant(stem.charAt(n - 1)) && "wxy".indexOf(stem.charAt(n - 1)) < 0
                && !consonant(stem.charAt(n - 2)) && consonant(stem.charAt(n - 3));
    }

    private static int vowelGroups(String stem) {
        int groups = 0;
        boolean inVowels = false;
        for (int k = 0; k < stem.length(); k++) {
            boolean vowel = !consonant(stem.charAt(k));
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        return groups;
    }

    private static boolean consonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiou".indexOf(c) < 0;
    }

    private static void add(List<String> bases, String base) {
        if (base.length() >= MIN_BASE) {
            bases.add(base);
        }
    }
}
