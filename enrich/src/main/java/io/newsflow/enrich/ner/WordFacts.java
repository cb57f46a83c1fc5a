package io.newsflow.enrich.ner;

import java.util.HashSet;
import java.util.Set;

/**
 * What the refinement steps keep asking about a document's words, computed once per document: words do not
 * change, only labels do. Keeps the steps linear and cheap next to the CRF.
 */
final class WordFacts {

    /** Each token's word in lower case. */
    final String[] lower;
    /** Per sentence: an upper-case headline ({@link Words#isUpperCaseSentence}). */
    final boolean[] upperCaseSentence;
    /** The words (lower-cased) the text writes in lower case somewhere: possibly common words. */
    final Set<String> lowerCaseWords = new HashSet<>();
    /** The words (lower-cased) written with a capital inside a sentence that is not a headline. */
    final Set<String> capitalisedInText = new HashSet<>();
    /** A sports report ({@link SportsText}). */
    final boolean sports;

    WordFacts(TaggedDocument document) {
        lower = new String[document.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Words.lower(document.word(i));
        }
        upperCaseSentence = new boolean[document.sentenceCount()];
        for (int s = 0; s < upperCaseSentence.length; s++) {
            upperCaseSentence[s] = Words.computeUpperCaseSentence(document, s);
        }
        for (int i = 0; i < lower.length; i++) {
            String word = document.word(i);
            int sentence = document.sentenceOf(i);
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                lowerCaseWords.add(lower[i]);
            } else if (!upperCaseSentence[sentence] && i > document.sentenceStart(sentence)
                    && Words.isCapitalized(word) && Words.hasLetter(word)) {
                capitalisedInText.add(lower[i]);
            }
        }
        sports = SportsText.computeSports(lower);
    }
}
