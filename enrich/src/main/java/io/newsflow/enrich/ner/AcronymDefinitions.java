package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * An acronym defined in the text, "Organisation Name (ACR)", names the same organisation: every occurrence
 * of the acronym in the document is labelled ORGANIZATION. When the CRF left the name itself unlabelled, a
 * capitalised phrase whose initials spell the acronym ("Budapest Stock Exchange (BSE)") is taken for an
 * organisation, which is what such definitions almost always introduce. Parentheses after a person or a
 * place hold something else ("Michael Johnson (U.S.)": a country), so they are not definitions.
 */
final class AcronymDefinitions implements RefinementStep {

    @Override
    public String name() {
        return "acronyms";
    }

    @Override
    public void apply(TaggedDocument document) {
        List<Definition> definitions = new ArrayList<>();
        for (int i = 1; i + 2 < document.size(); i++) {
            if (isDefinitionAt(document, i)) {
                Definition definition = definition(document, i);
                if (definition != null) {
                    definitions.add(definition);
                }
            }
        }
        definitions.forEach(d -> labelEverywhere(document, d));
    }

    /** "(" ACR ")" at tokens i … i + 2, in one sentence, after a word. */
    private static boolean isDefinitionAt(TaggedDocument document, int i) {
        return document.word(i).equals("(") && document.word(i + 2).equals(")") && isAcronym(document.word(i + 1))
                && document.sameSentence(i - 1, i + 2);
    }

    private static Definition definition(TaggedDocument document, int open) {
        String acronym = document.word(open + 1);
        if (Countries.LIST.contains(acronym)) {
            return null;
        }
        NerLabel named = document.label(open - 1);
        if (named == NerLabel.ORGANIZATION) {
            return new Definition(acronym, named);
        }
        if (named != null) {
            return null;
        }
        int start = capitalisedPhraseStart(document, open);
        if (start < open && initials(document, start, open).equals(letters(acronym))) {
            document.label(start, open, NerLabel.ORGANIZATION);
            return new Definition(acronym, NerLabel.ORGANIZATION);
        }
        return null;
    }

    private static void labelEverywhere(TaggedDocument document, Definition definition) {
        for (int i = 0; i < document.size(); i++) {
            if (document.word(i).equals(definition.acronym()) && isAlone(document, i)) {
                document.label(i, i + 1, definition.label());
            }
        }
    }

    /** Not inside a longer mention ("ABC" in "ABC News" belongs to that name). */
    private static boolean isAlone(TaggedDocument document, int i) {
        NerLabel label = document.label(i);
        boolean joinedBefore = label != null && i > 0 && document.label(i - 1) == label;
        boolean joinedAfter = label != null && i + 1 < document.size() && document.label(i + 1) == label;
        return !joinedBefore && !joinedAfter;
    }

    private static int capitalisedPhraseStart(TaggedDocument document, int end) {
        int sentenceStart = document.sentenceStart(document.sentenceOf(end - 1));
        int start = end;
        for (int i = end - 1; i >= sentenceStart; i--) {
            String word = document.word(i);
            if (Words.isCapitalized(word) && Words.hasLetter(word)) {
                start = i;
            } else if (!isConnector(word)) {
                break;
            }
        }
        return start;
    }

    private static boolean isConnector(String word) {
        String lower = Words.lower(word);
        return lower.equals("of") || lower.equals("and") || lower.equals("for") || lower.equals("&")
                || lower.equals("the");
    }

    private static String initials(TaggedDocument document, int from, int to) {
        StringBuilder initials = new StringBuilder();
        for (int i = from; i < to; i++) {
            String word = document.word(i);
            if (Words.isCapitalized(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    private static String letters(String acronym) {
        return acronym.replaceAll("[^\\p{L}]", "");
    }

    /** Two to eight capitals, maybe with dots or "&" ("UN", "U.N.", "AT&T", "SLORC"). */
    static boolean isAcronym(String word) {
        String letters = letters(word);
        return letters.length() >= 2 && letters.length() <= 8 && Words.isUpperCase(word)
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '&');
    }

    private record Definition(String acronym, NerLabel label) {
    }
}
