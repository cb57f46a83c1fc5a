package io.newsflow.enrich.ner;

import java.util.HashSet;
import java.util.Set;

/**
 * Once an article has named a person in full ("MaliVai Washington", "Neil Jordan", "Qassem Soleimani"), the
 * surname alone means that person, however the CRF labelled it on its own ("Washington" as a place,
 * "Jordan" as a country) or whether it labelled it at all ("King said"). Surnames are the last word of a
 * person mention of two or more words, when capitalised and not a generational suffix ("Jr", "III").
 */
final class PersonShortNames implements RefinementStep {

    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    @Override
    public String name() {
        return "person-short-names";
    }

    @Override
    public void apply(TaggedDocument document) {
        Set<String> surnames = surnames(document);
        if (surnames.isEmpty()) {
            return;
        }
        for (TokenSpan span : document.spans()) {
            if (span.length() == 1 && span.label() != NerLabel.PERSON
                    && surnames.contains(Words.lower(document.word(span.from())))) {
                document.label(span.from(), span.to(), NerLabel.PERSON);
            }
        }
        UnlabelledRepeats repeats = new UnlabelledRepeats(document);
        surnames.forEach(surname -> repeats.addWords(surname, NerLabel.PERSON));
        repeats.labelAll();
    }

    private static Set<String> surnames(TaggedDocument document) {
        Set<String> surnames = new HashSet<>();
        for (TokenSpan span : document.spans()) {
            String last = document.word(span.to() - 1);
            if (span.label() == NerLabel.PERSON && span.length() > 1 && Words.isCapitalized(last)
                    && last.length() > 1 && !SUFFIXES.contains(Words.lower(last))) {
                surnames.add(Words.lower(last));
            }
        }
        return surnames;
    }
}
