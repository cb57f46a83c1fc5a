package io.newsflow.enrich.ner;

import java.util.HashSet;
import java.util.Set;

/**
 * Once an article has named a person in full ("MaliVai Washington", "Neil Jordan", "Qassem Soleimani"), the
 * surname alone means that person, however the CRF labelled it on its own ("Washington" as a place,
 * "Jordan" as a country) or whether it labelled it at all ("King said"). Surnames are the last word of a
 * person mention of two or more words, when capitalised and not a generational suffix ("Jr", "III"). A place
 * after "in", "at", "from" and the like stays a place ("in Houston").
 */
final class PersonShortNames implements RefinementStep {

    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "into", "outside",
            "across", "around", "throughout", "toward", "towards");

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
            if (span.length() == 1 && span.label() != NerLabel.PERSON && !afterPlacePreposition(document, span)
                    && surnames.contains(Words.lower(document.word(span.from())))) {
                document.label(span.from(), span.to(), NerLabel.PERSON);
            }
        }
        UnlabelledRepeats repeats = new UnlabelledRepeats(document);
        surnames.forEach(surname -> repeats.addWords(surname, NerLabel.PERSON));
        repeats.labelAll();
    }

    /** "in Houston", "from Greer": a place, even when a Mr Houston is in the article. */
    private static boolean afterPlacePreposition(TaggedDocument document, TokenSpan span) {
        int before = span.from() - 1;
        return span.label() == NerLabel.LOCATION && before >= 0 && document.sameSentence(before, span.from())
                && PLACE_PREPOSITIONS.contains(Words.lower(document, before));
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
