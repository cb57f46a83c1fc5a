package io.newsflow.enrich.ner;

import java.util.Set;

/**
 * In sports reports, clubs carry the names of their towns, counties and states ("Leicestershire beat
 * Somerset", "Cleveland 5 Boston 3"), and the CRF, which knows those names as places, labels them LOCATION.
 * A place name that stands where a team stands — before a score, or next to "beat", "v", "against" and the
 * like — is relabelled ORGANIZATION. Country names stay LOCATION: national teams are annotated as their
 * country in CoNLL-style data, and the geo resolver wants them.
 */
final class SportsTeams implements RefinementStep {

    private static final Set<String> BEFORE_TEAM = Set.of("beat", "beats", "beating", "defeated", "defeating",
            "v", "v.", "vs", "vs.", "versus", "against", "over", "edged", "routed", "thrashed", "downed", "blanked",
            "hammered");
    private static final Set<String> AFTER_TEAM = Set.of("beat", "beats", "defeated", "drew", "draw", "lost",
            "won", "edged", "routed", "thrashed", "downed", "blanked", "hammered", "v", "v.", "vs", "vs.");

    @Override
    public String name() {
        return "sports-teams";
    }

    @Override
    public void apply(TaggedDocument document) {
        if (!SportsText.isSports(document)) {
            return;
        }
        for (TokenSpan span : document.spans()) {
            if (span.label() == NerLabel.LOCATION && !Countries.LIST.contains(document, span.from(), span.to())
                    && standsForTeam(document, span)) {
                document.label(span.from(), span.to(), NerLabel.ORGANIZATION);
            }
        }
    }

    private static boolean standsForTeam(TaggedDocument document, TokenSpan span) {
        String before = wordAt(document, span.from() - 1, span.from());
        String after = wordAt(document, span.to(), span.from());
        return Words.isNumber(after) || BEFORE_TEAM.contains(Words.lower(before))
                || AFTER_TEAM.contains(Words.lower(after));
    }

    /** The word at i if it is in the sentence of token {@code anchor}, else "". */
    private static String wordAt(TaggedDocument document, int i, int anchor) {
        return i >= 0 && i < document.size() && document.sameSentence(i, anchor) ? document.word(i) : "";
    }
}
