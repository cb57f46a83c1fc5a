package io.newsflow.enrich.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * VADER's lexicon widened for edited news prose and narrowed where news uses a word in a neutral sense.
 *
 * <p>VADER's lexicon was rated for social media and misses most of the vocabulary editorials argue with
 * ("absurd", "corruption", "flourish", "enviable" are not in it). Words it lacks are taken from AFINN-165 and
 * then from Hu &amp; Liu's opinion lexicon; VADER's own value always wins because it is the finest-grained.
 * An inflected form that no list holds borrows the valence of its base ("flourished" → "flourish").
 */
final class NewsLexicon {

    /**
     * AFINN rates −5…+5 in whole steps where VADER rates −4…+4 as a mean of ten raters; 0.8 maps one scale
     * onto the other.
     */
    static final double AFINN_SCALE = 0.8;

    /**
     * Hu &amp; Liu only say positive or negative; ±1 is a mild VADER valence (VADER's "agree" is 1.5, "alarm"
     * −1.4), right for words whose strength is unknown. Checked on the calibration half: 0.7 and 1.3 do
     * no better.
     */
    static final double OPINION_VALENCE = 1.0;

    /**
     * Words whose usual sense in news carries no opinion, though a general lexicon rates them: institutions and
     * offices ("Supreme Court", "Justice Department", "vice president", "the opposition", "security forces",
     * "health care", "political party"), money ("interest", "credit", "shares", "grant"), legal procedure
     * ("appeal", "settlement", "resolution"), political labels ("conservative", "liberal") and plain words that
     * review-mined lists (Hu &amp; Liu) hold for their product sense ("it works", "leading", "available",
     * "big", "modern", "right", "enough", "issue", "complex", "hand").
     */
    static final Set<String> NEWS_NEUTRAL = Set.of(
            "justice", "supreme", "party", "parties", "united", "security", "care", "defense",
            "credit", "credits", "interest", "interests", "grant", "grants", "share", "shares",
            "hand", "hands", "right", "work", "works", "worked", "enough", "issue", "issues", "opposition",
            "vice", "led", "lead", "leads", "leading", "available", "modern", "complex", "conservative",
            "liberal", "appeal", "appeals", "resolution", "settlement", "big", "rose", "fans");

    private static final NewsLexicon SHARED = new NewsLexicon();

    private final Map<String, Double> valences;

    private NewsLexicon() {
        Map<String, Double> map = new HashMap<>(Lexicons.vader());
        Lexicons.afinn().forEach((word, valence) -> {
            if (word.indexOf(' ') < 0) {
                map.putIfAbsent(word, valence * AFINN_SCALE);
            }
        });
        Lexicons.opinionNegative().forEach(word -> map.putIfAbsent(word, -OPINION_VALENCE));
        Lexicons.opinionPositive().forEach(word -> map.putIfAbsent(word, OPINION_VALENCE));
        NEWS_NEUTRAL.forEach(map::remove);
        valences = Map.copyOf(map);
    }

    static NewsLexicon shared() {
        return SHARED;
    }

    boolean contains(String lowerCaseWord) {
        return valences.containsKey(lowerCaseWord);
    }

    /** The word's own valence, or null. */
    Double exact(String lowerCaseWord) {
        return valences.get(lowerCaseWord);
    }

    /** The word's valence, or its base form's when an English suffix is taken off; null when neither is known. */
    Double valence(String lowerCaseWord) {
        Double valence = valences.get(lowerCaseWord);
        if (valence != null || lowerCaseWord.length() < 4) {
            return valence;
        }
        for (String base : Inflections.baseCandidates(lowerCaseWord)) {
            valence = valences.get(base);
            if (valence != null) {
                return valence;
            }
        }
        return null;
    }
}
