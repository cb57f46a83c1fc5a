package io.newsflow.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the base forms of an English word by taking off a regular suffix, most specific first: plurals and
 * third persons ("bribes", "defies"), past tenses ("flourished", "stopped"), gerunds ("saving", "hoping") and
 * adverbs ("dispiritingly", "angrily"). Lexicons list lemmas and a few forms; their sentiment carries over.
 */
final class Inflections {

    private Inflections() {
    }

    static List<String> baseCandidates(String word) {
        List<String> bases = new ArrayList<>(4);
        int n = word.length();
        if (word.endsWith("ies")) {
            bases.add(word.substring(0, n - 3) + "y");
        }
        if (word.endsWith("es")) {
            bases.add(word.substring(0, n - 2));
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            bases.add(word.substring(0, n - 1));
        }
        if (word.endsWith("ied")) {
            bases.add(word.substring(0, n - 3) + "y");
        }
        if (word.endsWith("ed")) {
            bases.add(word.substring(0, n - 2));
            bases.add(word.substring(0, n - 1));
            if (n > 5 && word.charAt(n - 3) == word.charAt(n - 4)) {
                bases.add(word.substring(0, n - 3));
            }
        }
        if (word.endsWith("ing")) {
            bases.add(word.substring(0, n - 3));
            bases.add(word.substring(0, n - 3) + "e");
            if (n > 6 && word.charAt(n - 4) == word.charAt(n - 5)) {
                bases.add(word.substring(0, n - 4));
            }
        }
        if (word.endsWith("ly")) {
            bases.add(word.substring(0, n - 2));
        }
        if (word.endsWith("ily")) {
            bases.add(word.substring(0, n - 3) + "y");
        }
        return bases;
    }
}
