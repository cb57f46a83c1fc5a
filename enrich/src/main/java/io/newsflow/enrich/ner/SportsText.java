package io.newsflow.enrich.ner;

import java.util.Set;

/**
 * Tells sports reports from other news by their vocabulary: at least three sports words and at least one
 * word in fifty. On the CoNLL-2003 development set this picks the sports reports and almost nothing else
 * (what it lets in are texts like a political "race" full of "team", "win" and "defeat", where the team rules
 * have nothing to act on).
 */
final class SportsText {

    private static final Set<String> VOCABULARY = Set.of("soccer", "football", "cricket", "baseball", "tennis",
            "rugby", "basketball", "hockey", "golf", "boxing", "athletics", "cycling", "squash", "match", "matches",
            "game", "games", "goal", "goals", "scored", "scorer", "scorers", "innings", "wickets", "wicket",
            "homer", "homered", "pitcher", "pitched", "batting", "bowled", "bowling", "league", "division", "cup",
            "championship", "championships", "tournament", "season", "coach", "striker", "midfielder",
            "defender", "goalkeeper", "halftime", "half-time", "penalty", "penalties", "draw", "drew", "beat",
            "beats", "beaten", "defeat", "defeated", "win", "won", "wins", "victory", "semifinal", "quarterfinal",
            "final", "standings", "played", "points", "seed", "seeded", "round", "par", "birdie", "birdies",
            "bogey", "title", "champion", "champions", "team", "teams", "player", "players", "club", "clubs",
            "qualifier");

    private SportsText() {
    }

    static boolean isSportsWord(String word) {
        return VOCABULARY.contains(Words.lower(word));
    }

    static boolean isSports(TaggedDocument document) {
        return document.facts().sports;
    }

    /** Decides from the lower-cased words of a document. */
    static boolean computeSports(String[] lowerWords) {
        int hits = 0;
        for (String word : lowerWords) {
            if (VOCABULARY.contains(word)) {
                hits++;
            }
        }
        return hits >= 3 && hits * 50 >= lowerWords.length;
    }
}
