package io.newsflow.enrich.ner;

/**
 * Nationality, ethnic and religious words of {@code demonyms.txt} ("Iraqi", "Scots", "South African"):
 * they describe, they do not name.
 */
final class Demonyms {

    private static final NameList LIST = NameList.load("demonyms.txt");

    private Demonyms() {
    }

    /** The word, or the word without a plural "s" ("Iraqis", "Kurds"), is a demonym. */
    static boolean isDemonym(String word) {
        return LIST.contains(word) || word.length() > 3 && word.endsWith("s")
                && LIST.contains(word.substring(0, word.length() - 1));
    }

    /** Tokens [from, to) spell a demonym, as one entry ("South African") or word by word. */
    static boolean isDemonym(TaggedDocument document, int from, int to) {
        if (LIST.contains(document, from, to)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (!isDemonym(document.word(i))) {
                return false;
            }
        }
        return true;
    }
}
