package io.newsflow.enrich.ner;

import java.util.HashSet;
import java.util.Set;

/**
 * Once an article has named an organisation in full ("Mercantile Bancorp Inc.", "Real Madrid", "Rotor
 * Volgograd"), its first word alone usually means it ("Mercantile said…"). That word is labelled
 * ORGANIZATION where it stands alone unlabelled or labelled PERSON (a company word read as a surname).
 * Words that begin many names without naming anything ("National", "First", "New"), nationalities ("Iraqi
 * National Congress"), places (often the first word of a name and still places on their own: "Chicago
 * Board of Trade"), surnames of people named in full in the text, owners ("Farrakhan's Nation of Islam")
 * and words the text also uses in lower case ("real") are not taken.
 */
final class OrganisationShortNames implements RefinementStep {

    private static final Set<String> GENERIC = Set.of("national", "international", "first", "new", "united",
            "american", "british", "european", "general", "central", "royal", "federal", "state", "world", "global",
            "the", "air", "bank", "union", "university", "ministry", "department", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "democratic", "people", "popular", "islamic",
            "republican", "socialist", "communist", "liberal", "conservative", "christian", "social", "council",
            "committee", "association", "party", "st", "st.", "saint", "san", "los", "las", "le", "la", "el", "al",
            "de", "van", "von");

    @Override
    public String name() {
        return "organisation-short-names";
    }

    @Override
    public void apply(TaggedDocument document) {
        Set<String> shortNames = shortNames(document);
        if (shortNames.isEmpty()) {
            return;
        }
        for (TokenSpan span : document.spans()) {
            if (span.length() == 1 && span.label() == NerLabel.PERSON
                    && shortNames.contains(Words.lower(document.word(span.from())))) {
                document.label(span.from(), span.to(), NerLabel.ORGANIZATION);
            }
        }
        UnlabelledRepeats repeats = new UnlabelledRepeats(document);
        shortNames.forEach(name -> repeats.addWords(name, NerLabel.ORGANIZATION));
        repeats.labelAll();
    }

    /** "Farrakhan 's Nation of Islam": the first word owns the organisation, it does not name it. */
    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("'S") || word.equals("'");
    }

    private static Set<String> shortNames(TaggedDocument document) {
        Set<String> places = new HashSet<>();
        Set<String> persons = new HashSet<>();
        Set<String> firstWords = new HashSet<>();
        Set<String> lowerCase = Words.lowerCaseWords(document);
        for (TokenSpan span : document.spans()) {
            String first = Words.lower(document.word(span.from()));
            if (span.label() == NerLabel.LOCATION) {
                places.add(first);
            } else if (span.label() == NerLabel.PERSON && span.length() > 1) {
                persons.add(Words.lower(document.word(span.to() - 1)));
            } else if (span.label() == NerLabel.ORGANIZATION && span.length() > 1
                    && Words.isCapitalized(document.word(span.from())) && first.length() > 1
                    && !isPossessive(document.word(span.from() + 1))) {
                firstWords.add(first);
            }
        }
        firstWords.removeIf(w -> GENERIC.contains(w) || places.contains(w) || lowerCase.contains(w)
                || Countries.LIST.contains(w) || Demonyms.isDemonym(w) || persons.contains(w));
        return firstWords;
    }
}
