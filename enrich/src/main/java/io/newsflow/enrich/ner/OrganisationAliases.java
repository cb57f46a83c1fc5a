package io.newsflow.enrich.ner;

import java.util.HashSet;
import java.util.Set;

/**
 * "the Popular Mobilisation Forces - or Hashd al-Shaabi", "Islamic State, or ISIS": a name set off by a comma
 * or dash and "or" after an organisation is another name of that organisation, so it and its repeats in the
 * document are labelled ORGANIZATION. The separator matters: without it "or" joins two different things
 * ("Mercantile or Commerce"). A person is never relabelled by this.
 */
final class OrganisationAliases implements RefinementStep {

    private static final Set<String> SEPARATORS = Set.of(",", "-", "--", "(");

    @Override
    public String name() {
        return "organisation-aliases";
    }

    @Override
    public void apply(TaggedDocument document) {
        Set<String> aliases = new HashSet<>();
        for (TokenSpan span : document.spans()) {
            int or = span.to() + 1;
            if (span.label() == NerLabel.ORGANIZATION && or + 1 < document.size()
                    && document.sameSentence(span.from(), or + 1) && SEPARATORS.contains(document.word(or - 1))
                    && Words.lower(document.word(or)).equals("or")) {
                int end = aliasEnd(document, or + 1);
                if (end > or + 1) {
                    aliases.add(Words.key(document, or + 1, end));
                }
            }
        }
        if (!aliases.isEmpty()) {
            labelAll(document, aliases);
        }
    }

    /** The end of the name starting at {@code from}: its labelled run, or its capitalised words. */
    private static int aliasEnd(TaggedDocument document, int from) {
        NerLabel label = document.label(from);
        if (label == NerLabel.PERSON) {
            return from;
        }
        int end = from;
        while (end < document.size() && document.sameSentence(from, end)
                && (label != null ? document.label(end) == label : isUnlabelledNameWord(document, end))) {
            end++;
        }
        return end;
    }

    private static boolean isUnlabelledNameWord(TaggedDocument document, int i) {
        return document.label(i) == null && Words.isNameWord(document.word(i)) && Words.hasLetter(document.word(i));
    }

    private static void labelAll(TaggedDocument document, Set<String> aliases) {
        for (TokenSpan span : document.spans()) {
            if (span.label() != NerLabel.PERSON && aliases.contains(Words.key(document, span.from(), span.to()))) {
                document.label(span.from(), span.to(), NerLabel.ORGANIZATION);
            }
        }
        UnlabelledRepeats repeats = new UnlabelledRepeats(document);
        aliases.forEach(alias -> repeats.addWords(alias, NerLabel.ORGANIZATION));
        repeats.labelAll();
    }
}
