package io.newsflow.enrich.ner;

import java.util.Set;

/**
 * Removes mentions that cannot be names of people, organisations or places: no capital letter at all
 * ("interior ministry"), a lone letter or a pronoun ("I", "He"; not "US" or "IT", which are names), an
 * adjective made with "-based", "-born" and the like ("Hong Kong-based"), or a nationality ("Palestinian",
 * "Koreans": see {@link Demonyms}).
 */
final class DropNonNames implements RefinementStep {

    private static final Set<String> PRONOUNS = Set.of("i", "me", "you", "he", "him", "she", "her", "it", "we",
            "us", "they", "them", "his", "hers", "its", "our", "their", "this", "that", "these", "those", "who");

    @Override
    public String name() {
        return "drop-non-names";
    }

    @Override
    public void apply(TaggedDocument document) {
        for (TokenSpan span : document.spans()) {
            if (!isName(document, span)) {
                document.label(span.from(), span.to(), null);
            }
        }
    }

    private static boolean isName(TaggedDocument document, TokenSpan span) {
        String text = document.text(span.from(), span.to());
        boolean capital = Words.hasUpperCase(text);
        boolean single = text.codePointCount(0, text.length()) == 1;
        boolean pronoun = span.length() == 1 && !Words.isUpperCase(text) && PRONOUNS.contains(Words.lower(text));
        boolean adjective = TrimMentionEdges.isModifier(document.word(span.to() - 1));
        boolean demonym = Demonyms.isDemonym(document, span.from(), span.to());
        return capital && !single && !pronoun && !adjective && !demonym;
    }
}
