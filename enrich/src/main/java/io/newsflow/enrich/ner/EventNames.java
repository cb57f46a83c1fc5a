package io.newsflow.enrich.ner;

import java.util.Set;

/**
 * Competitions, festivals and prizes are named after places, people and organisations ("the U.S. Open",
 * "Fed Cup", "Berlin Grand Prix", "PGA Tour", "Tour de France"), but they are events, neither of the three:
 * a mention that ends in an event word, is followed by one, or follows "Tour of/de" loses its label. The
 * CRF catches the place inside and misses the event around it, which would send "U.S." to the geo resolver
 * for every tennis report.
 */
final class EventNames implements RefinementStep {

    private static final Set<String> EVENT_WORDS = Set.of("cup", "open", "championship", "championships", "tour",
            "games", "olympics", "grand", "trophy", "masters", "classic", "marathon", "rally", "series",
            "festival", "award", "awards", "prize", "final", "finals", "tournament", "stakes", "derby",
            "invitational", "grand-prix");

    @Override
    public String name() {
        return "event-names";
    }

    @Override
    public void apply(TaggedDocument document) {
        for (TokenSpan span : document.spans()) {
            if (endsInEvent(document, span) || beforeEventWord(document, span) || afterTourOf(document, span)) {
                document.label(span.from(), span.to(), null);
            }
        }
    }

    private static boolean endsInEvent(TaggedDocument document, TokenSpan span) {
        return span.length() > 1 && isEventWord(document.word(span.to() - 1));
    }

    private static boolean beforeEventWord(TaggedDocument document, TokenSpan span) {
        int next = span.to();
        return next < document.size() && document.sameSentence(span.from(), next) && document.label(next) == null
                && isEventWord(document.word(next));
    }

    private static boolean afterTourOf(TaggedDocument document, TokenSpan span) {
        int i = span.from() - 1;
        if (i >= 0 && Words.lower(document.word(i)).equals("the")) {
            i--;
        }
        String link = i >= 0 ? Words.lower(document.word(i)) : "";
        return (link.equals("of") || link.equals("de")) && i > 0 && document.sameSentence(i - 1, span.from())
                && Words.lower(document.word(i - 1)).equals("tour") && Words.isCapitalized(document.word(i - 1));
    }

    private static boolean isEventWord(String word) {
        return Words.isCapitalized(word) && EVENT_WORDS.contains(Words.lower(word));
    }
}
