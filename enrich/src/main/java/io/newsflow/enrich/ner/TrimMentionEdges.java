package io.newsflow.enrich.ner;

import java.util.Set;

/**
 * Takes off the edges of a mention what is not part of the name: punctuation ("-- Luli Popescu"), a date or
 * number before it ("August National Association…", "1979 Democracy Wall"), a "-based" phrase and what comes
 * before it ("St. Louis-based Mercantile Bancorp"), a title before a person's name ("Cardinal Wolsey",
 * "General Soleimani"), which also lets the short and the full form of one name meet, and lower-case words
 * at the end ("Jiangsu province"). A mention with nothing left loses its label.
 */
final class TrimMentionEdges implements RefinementStep {

    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    private static final String[] MODIFIER_SUFFIXES = {"-based", "-born", "-listed", "-owned", "-led", "-backed",
        "-controlled", "-run", "-made"};

    @Override
    public String name() {
        return "trim-edges";
    }

    @Override
    public void apply(TaggedDocument document) {
        for (TokenSpan span : document.spans()) {
            int from = span.from();
            int to = span.to();
            from = afterLastModifier(document, from, to);
            while (from < to && isLeadingJunk(document, from, to, span.label())) {
                from++;
            }
            while (to > from && isTrailingJunk(document, from, to - 1)) {
                to--;
            }
            document.label(span.from(), from, null);
            document.label(to, span.to(), null);
        }
    }

    private static int afterLastModifier(TaggedDocument document, int from, int to) {
        int start = from;
        for (int i = from; i < to - 1; i++) {
            if (isModifier(document.word(i))) {
                start = i + 1;
            }
        }
        return start;
    }

    static boolean isModifier(String word) {
        String lower = Words.lower(word);
        for (String suffix : MODIFIER_SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title is only taken off when a name is left ("Major" alone may be John Major); month names are kept
     * in a person's name, where they are first names (Jan, June, August).
     */
    private static boolean isLeadingJunk(TaggedDocument document, int i, int to, NerLabel label) {
        String word = document.word(i);
        boolean person = label == NerLabel.PERSON;
        return !isWordOrNumber(word) || Words.isNumber(word) || !person && CALENDAR.contains(Words.lower(word))
                || person && i < to - 1 && Titles.isTitle(word);
    }

    /**
     * Punctuation, or a lower-case common noun the CRF let into the name ("Pamir mountains", "Jiangsu
     * province", "Freedom Front party"): names end in a capitalised word.
     */
    private static boolean isTrailingJunk(TaggedDocument document, int from, int i) {
        String word = document.word(i);
        boolean punctuation = !isWordOrNumber(word) && !closesBracket(document, from, i);
        boolean commonNoun = i > from && Words.isLowerCaseWord(word);
        return punctuation || commonNoun;
    }

    /** A ")" that closes a "(" inside the mention is part of it: "Mladost (L)" is a club's name. */
    private static boolean closesBracket(TaggedDocument document, int from, int i) {
        if (!document.word(i).equals(")")) {
            return false;
        }
        for (int j = from; j < i; j++) {
            if (document.word(j).equals("(")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordOrNumber(String word) {
        return Words.hasLetterOrDigit(word);
    }
}
