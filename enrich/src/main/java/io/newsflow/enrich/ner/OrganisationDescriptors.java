package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name followed by a lower-case noun that says what kind of thing it is, "the al-Nujaba movement",
 * "Liberte newspaper", "the Islamic State group", names an organisation, however the CRF labelled it (an
 * Arabic name it has not seen reads like a place). The descriptor speaks for the name, so every mention of
 * that name in the document becomes ORGANIZATION. Capitalised words the CRF left unlabelled count too, but
 * not at the start of a sentence ("Local newspapers said") and not nationalities ("Iraqi militia"). A name
 * the CRF labelled a place needs a descriptor only organisations have ("movement", "militia", "faction"):
 * "the Atlanta agency", "an Arlington party" and "a Kaufman County firm" are things in places, and "the
 * Moscow club" is a club from Moscow.
 */
final class OrganisationDescriptors implements RefinementStep {

    private static final Set<String> DESCRIPTORS = Set.of("movement", "militia", "militias", "party",
            "organisation", "organization", "newspaper", "daily", "weekly", "magazine", "agency", "company",
            "firm", "group", "network", "faction", "coalition", "alliance", "brigade", "brigades");

    /** What a place cannot be followed by and stay a place ("the Atlanta agency" is an agency in Atlanta). */
    private static final Set<String> STRONG_DESCRIPTORS = Set.of("movement", "militia", "militias",
            "organisation", "organization", "faction", "brigade", "brigades");

    @Override
    public String name() {
        return "organisation-descriptors";
    }

    @Override
    public void apply(TaggedDocument document) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < document.size(); i++) {
            if (DESCRIPTORS.contains(document.word(i)) && document.sameSentence(i - 1, i)
                    && (document.label(i - 1) != NerLabel.LOCATION || STRONG_DESCRIPTORS.contains(document.word(i)))) {
                String name = describedName(document, i);
                if (name != null) {
                    names.add(name);
                }
            }
        }
        if (!names.isEmpty()) {
            labelAll(document, names);
        }
    }

    /** The key of the name right before the descriptor at {@code i}, or null. */
    private static String describedName(TaggedDocument document, int i) {
        NerLabel label = document.label(i - 1);
        int start = i - 1;
        if (label != null) {
            while (start > 0 && document.label(start - 1) == label && document.sameSentence(start - 1, i)) {
                start--;
            }
        } else if (!isUnlabelledName(document, i - 1)) {
            return null;
        }
        if (i - start == 1 && document.word(start).length() < 2 || Demonyms.isDemonym(document, start, i)
                || Countries.LIST.contains(document, start, i)) {
            return null;
        }
        return Words.key(document, start, i);
    }

    private static boolean isUnlabelledName(TaggedDocument document, int i) {
        String word = document.word(i);
        boolean sentenceStart = i == document.sentenceStart(document.sentenceOf(i));
        return Words.isNameWord(word) && Words.hasLetter(word) && !sentenceStart && !TrimMentionEdges.isModifier(word)
                && !Words.isUpperCaseSentence(document, document.sentenceOf(i));
    }

    private static void labelAll(TaggedDocument document, List<String> names) {
        UnlabelledRepeats repeats = new UnlabelledRepeats(document);
        for (TokenSpan span : document.spans()) {
            if (names.contains(Words.key(document, span.from(), span.to()))) {
                document.label(span.from(), span.to(), NerLabel.ORGANIZATION);
            }
        }
        names.forEach(name -> repeats.addWords(name, NerLabel.ORGANIZATION));
        repeats.labelAll();
    }
}
