package io.newsflow.enrich.ner;

import java.util.Locale;
import java.util.Set;

/** Word-shape tests the refinement steps share. */
final class Words {

    private Words() {
    }

    /** Starts with an upper-case letter ("Soleimani", "UN", "McCain"). */
    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * Capitalised, or a name that starts with a lower-case particle joined by a hyphen to a capitalised word
     * ("al-Nujaba", "el-Sisi", "bin-Laden"), as Arabic names are written in English.
     */
    static boolean isNameWord(String word) {
        return isCapitalized(word) || PARTICLE_NAME.matcher(word).matches();
    }

    private static final java.util.regex.Pattern PARTICLE_NAME =
            java.util.regex.Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|an|ul|bin|ibn|abu)-\\p{Lu}.*");

    /** Has letters and none of them lower-case ("UN", "U.S.", "MOSUL"). */
    static boolean isUpperCase(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Only lower-case letters ("province", not "al-Nujaba" or "3rd"). */
    static boolean isLowerCaseWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The lower-cased words of tokens [from, to), space-separated: the key names are compared by. */
    static String key(TaggedDocument document, int from, int to) {
        String[] lower = document.facts().lower;
        if (to - from == 1) {
            return lower[from];
        }
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                key.append(' ');
            }
            key.append(lower[i]);
        }
        return key.toString();
    }

    /** The lower-cased word of token i. */
    static String lower(TaggedDocument document, int i) {
        return document.facts().lower[i];
    }

    /**
     * A headline-style sentence: at least three words with letters and most of them upper-case. The CRF
     * relies on capitalisation, so it does poorly there, and names in it can only be recognised by how the
     * same words are labelled elsewhere.
     */
    static boolean isUpperCaseSentence(TaggedDocument document, int sentence) {
        return document.facts().upperCaseSentence[sentence];
    }

    static boolean computeUpperCaseSentence(TaggedDocument document, int sentence) {
        int words = 0;
        int upper = 0;
        for (int i = document.sentenceStart(sentence); i < document.sentenceEnd(sentence); i++) {
            String word = document.word(i);
            if (hasLetter(word)) {
                words++;
                upper += isUpperCase(word) ? 1 : 0;
            }
        }
        return words >= 3 && upper * 10 >= words * 7;
    }

    /** Every word the document uses in lower case (lower-cased): a name spelt like one may be a common word. */
    static Set<String> lowerCaseWords(TaggedDocument document) {
        return document.facts().lowerCaseWords;
    }
}
