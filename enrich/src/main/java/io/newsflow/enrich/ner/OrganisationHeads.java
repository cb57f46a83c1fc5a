package io.newsflow.enrich.ner;

import java.util.Set;

/**
 * Relabels as ORGANIZATION the names whose last word says they are one: "Quds Force", "Popular Mobilisation
 * Forces", "Test and County Cricket Board", "Dow Chemical Co", "Jakarta Post". The CRF knows names from
 * their words and contexts; an unknown organisation with a known head noun is where it goes wrong, most
 * often by calling it a place because its first word is one ("London International Financial Futures and
 * Options Exchange").
 *
 * <p>"Police" is not a head: "Gainesville Police" is as much the town as the force, and the geo resolver
 * needs the town.
 *
 * <p>Two cases: a mention labelled PERSON or LOCATION that ends in a head noun; and a capitalised phrase the
 * CRF left unlabelled (or labelled only partly) that ends in one. A phrase may hold "of", "and", "for", "&"
 * between its capitalised words. A phrase that is a country ("Soviet Union") is left alone; a lone head noun
 * ("Council") is too vague to label; in an upper-case headline every word is capitalised, so phrases there
 * have no visible start ("MITCHELL DEFEATS BAILEY IN FRONT").
 */
final class OrganisationHeads implements RefinementStep {

    static final Set<String> HEADS = Set.of("agency", "airlines", "airways", "alliance", "army", "assembly",
            "association", "authority", "bancorp", "bancshares", "board", "bros", "bros.", "brothers", "bureau",
            "club", "co", "co.", "coalition", "college", "commission", "committee", "company", "congress", "corp",
            "corp.", "corporation", "council", "department", "exchange", "federation", "force", "forces",
            "foundation", "front", "fund", "gazette", "group", "guard", "herald", "holdings", "inc", "inc.",
            "industries", "institute", "journal", "ltd", "ltd.", "ministry", "motors", "movement", "navy",
            "organisation", "organization", "parliament", "party", "pharmaceuticals", "plc", "post",
            "securities", "senate", "service", "society", "systems", "technologies", "telegraph", "times",
            "tribune", "union", "university");

    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "&", "de", "du", "des", "la");

    private static final NameList COUNTRIES = Countries.LIST;

    @Override
    public String name() {
        return "organisation-heads";
    }

    @Override
    public void apply(TaggedDocument document) {
        for (TokenSpan span : document.spans()) {
            if (span.label() != NerLabel.ORGANIZATION && span.length() > 1 && isHead(document.word(span.to() - 1))
                    && !COUNTRIES.contains(document, span.from(), span.to())) {
                document.label(span.from(), span.to(), NerLabel.ORGANIZATION);
            }
        }
        for (int end = 1; end <= document.size(); end++) {
            if (isHead(document.word(end - 1)) && document.label(end - 1) == null
                    && !Words.isUpperCaseSentence(document, document.sentenceOf(end - 1))) {
                labelPhraseEndingAt(document, end);
            }
        }
    }

    private static void labelPhraseEndingAt(TaggedDocument document, int end) {
        int start = phraseStart(document, end);
        if (end - start > 1 && !COUNTRIES.contains(document, start, end)) {
            document.label(start, end, NerLabel.ORGANIZATION);
        }
    }

    /** The first word of the capitalised phrase that ends with the head noun at {@code end - 1}. */
    private static int phraseStart(TaggedDocument document, int end) {
        int sentenceStart = document.sentenceStart(document.sentenceOf(end - 1));
        int start = end - 1;
        int i = end - 2;
        while (i >= sentenceStart) {
            String word = document.word(i);
            boolean partOfName = Words.isCapitalized(word) && Words.hasLetter(word)
                    && document.label(i) != NerLabel.PERSON && !isDeterminer(word);
            if (partOfName) {
                start = i;
            } else if (!CONNECTORS.contains(Words.lower(word)) || document.label(i) != null) {
                break;
            }
            i--;
        }
        return start;
    }

    private static boolean isDeterminer(String word) {
        String lower = Words.lower(word);
        return lower.equals("the") || lower.equals("a") || lower.equals("an");
    }

    static boolean isHead(String word) {
        return Words.isCapitalized(word) && HEADS.contains(Words.lower(word));
    }
}
