package io.newsflow.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fast rule-based sentence splitter for news prose. A sentence ends at '.', '!' or '?' (with any closing
 * quotes or brackets) followed by white space and a word that does not start in lower case, unless the period
 * closes a single letter ("C. Moore", "U.S.", "Roe v. Wade") or a common abbreviation ("Mr.", "Dec.",
 * "Mass."); a blank line ends a
 * paragraph and so a sentence. Mistakes cost little: sentence scores are averaged over the document.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "col", "lt", "sgt",
            "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "messrs", "mme", "mt", "ft", "ave", "blvd",
            "inc", "co", "corp", "ltd", "bros", "no", "nos", "vs", "etc", "al", "approx", "dept", "univ", "assn",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // US states as news style abbreviates them ("Plymouth, Mass."), the unambiguous ones
            "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "kan", "ky", "md", "mass", "mich", "minn",
            "miss", "mont", "neb", "nev", "okla", "penn", "tenn", "tex", "vt", "wis", "wyo");

    private SentenceSplitter() {
    }

    /** Start and end offsets of the sentences in {@code text[0, length)}, as pairs: s0, e0, s1, e1, … */
    static int[] split(String text, int length) {
        List<Integer> bounds = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < length; i++) {
            int end = sentenceEndAt(text, length, i);
            if (end > 0) {
                addSentence(bounds, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        addSentence(bounds, text, start, length);
        int[] pairs = new int[bounds.size()];
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = bounds.get(k);
        }
        return pairs;
    }

    /** The end offset (exclusive) of a sentence whose final mark is at {@code i}, or -1. */
    private static int sentenceEndAt(String text, int length, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return blankLineAfter(text, length, i) ? i + 1 : -1;
        }
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int j = i + 1;
        while (j < length && isClosing(text.charAt(j))) {
            j++;
        }
        if (j < length && !SentenceTokens.isSpace(text.charAt(j))) {
            return -1;
        }
        if (c == '.' && closesAbbreviation(text, i)) {
            return -1;
        }
        int next = j;
        while (next < length && SentenceTokens.isSpace(text.charAt(next))) {
            next++;
        }
        return next < length && Character.isLowerCase(text.charAt(next)) ? -1 : j;
    }

    private static boolean isClosing(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']'
                || c == '\u201D' || c == '\u2019';
    }

    private static boolean blankLineAfter(String text, int length, int i) {
        for (int j = i + 1; j < length; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!SentenceTokens.isSpace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean closesAbbreviation(String text, int period) {
        int wordStart = period;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int letters = period - wordStart;
        if (letters == 1) {
            return true; // an initial ("C. Moore", "U.S.") or a lower-case one ("Roe v. Wade", "p.m.")
        }
        return letters > 0 && ABBREVIATIONS.contains(text.substring(wordStart, period).toLowerCase(Locale.ROOT));
    }

    private static void addSentence(List<Integer> bounds, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!SentenceTokens.isSpace(text.charAt(i))) {
                bounds.add(start);
                bounds.add(end);
                return;
            }
        }
    }
}
