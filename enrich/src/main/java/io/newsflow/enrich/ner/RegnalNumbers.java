package io.newsflow.enrich.ner;

import java.util.Set;

/**
 * A regnal number belongs to the name: "Henry VIII", "Elizabeth I", "Pope John Paul II". The CRF, which
 * has seen few, stops before it; a person mention followed by a Roman numeral is extended over it. "I"
 * after a longer name is more likely the pronoun ("…said Smith I think"), so it only extends a one-word
 * name.
 */
final class RegnalNumbers implements RefinementStep {

    private static final Set<String> NUMERALS = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII");

    @Override
    public String name() {
        return "regnal-numbers";
    }

    @Override
    public void apply(TaggedDocument document) {
        for (TokenSpan span : document.spans()) {
            int next = span.to();
            if (span.label() == NerLabel.PERSON && next < document.size() && document.label(next) == null
                    && document.sameSentence(span.from(), next) && isRegnal(document.word(next), span.length())) {
                document.label(next, next + 1, NerLabel.PERSON);
            }
        }
    }

    private static boolean isRegnal(String word, int nameLength) {
        return NUMERALS.contains(word) && (!word.equals("I") || nameLength == 1);
    }
}
