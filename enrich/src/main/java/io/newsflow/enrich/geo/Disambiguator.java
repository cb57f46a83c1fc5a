package io.newsflow.enrich.geo;

import java.util.List;

/**
 * Chooses each toponym's place from its candidates: a prior from feature class and population (country > admin1
 * > capital > other places by population), plus the support of the rest of the article ({@link ArticleSupport}),
 * plus what the text says around the name: a place written right after it ("Paris, Texas"; "Alexandria, La.")
 * counts most, then the sort of place named ("Washington state"), then the engine's preferences ({@link Aliases}).
 * Candidates' plausibilities (exp of the score below the toponym's best) feed the next round's support, so one
 * article's names settle together over a few rounds, with no combinatorial search.
 */
final class Disambiguator {

    /** Continents above countries above divisions; cities by population, capitals first. */
    static final double REGION_PRIOR = 9;
    static final double COUNTRY_PRIOR = 10;
    static final double ADMIN1_PRIOR = 8.5;
    static final double ADMIN2_PRIOR = 6;
    static final double CAPITAL_BONUS = 2;
    static final double ADMIN_SEAT_BONUS = 1;
    /** For a candidate inside the place written right after the name ("Paris, Texas"): all but decisive. */
    static final double CONTAINER_BONUS = 15;
    /** For a candidate of the sort the text names ("Washington state", "the city of Mosul"). */
    static final double SORT_BONUS = 5;
    static final double PREFERENCE_BONUS = 3;
    /** A place this close to the place written after it ("Pandi, Bulacan") counts as inside it. */
    static final double CONTAINER_RADIUS_KM = 100;
    private static final int ROUNDS = 3;

    /** Chooses every toponym's place (or none, without candidates); demonyms' countries speak for the article. */
    void resolve(List<Toponym> toponyms, List<GazetteerEntry> demonymCountries) {
        for (Toponym t : toponyms) {
            t.plausibility = new double[t.candidates.size()];
            score(t, ArticleSupport.NONE);
        }
        for (int round = 0; round < ROUNDS; round++) {
            ArticleSupport support = ArticleSupport.of(toponyms, demonymCountries);
            for (Toponym t : toponyms) {
                score(t, support);
            }
        }
    }

    /** Scores a toponym's candidates, keeps their plausibilities and chooses the best. */
    private static void score(Toponym t, ArticleSupport support) {
        double[] scores = new double[t.candidates.size()];
        double best = Double.NEGATIVE_INFINITY;
        List<GazetteerEntry> containers = t.containerPlaces();
        for (int i = 0; i < scores.length; i++) {
            GazetteerEntry c = t.candidates.get(i);
            scores[i] = prior(c) + support.of(c, t) + containerBonus(c, containers)
                    + (c == t.preferred ? PREFERENCE_BONUS : 0) + (t.sorts.contains(c.kind()) ? SORT_BONUS : 0);
            if (scores[i] > best) {
                best = scores[i];
                t.chosen = c;
            }
        }
        for (int i = 0; i < scores.length; i++) {
            t.plausibility[i] = Math.exp(scores[i] - best);
        }
    }

    static double prior(GazetteerEntry c) {
        return switch (c.kind()) {
            case REGION -> REGION_PRIOR;
            case COUNTRY -> COUNTRY_PRIOR;
            case ADMIN1 -> ADMIN1_PRIOR;
            case ADMIN2 -> ADMIN2_PRIOR;
            case CITY -> Math.log10(c.population() + 1.0) + seatBonus(c.featureCode());
        };
    }

    private static double seatBonus(String featureCode) {
        return switch (featureCode) {
            case "PPLC" -> CAPITAL_BONUS;
            case "PPLA" -> ADMIN_SEAT_BONUS;
            case "PPLA2" -> ADMIN_SEAT_BONUS / 2;
            default -> 0;
        };
    }

    private static double containerBonus(GazetteerEntry c, List<GazetteerEntry> containers) {
        for (GazetteerEntry container : containers) {
            if (inside(c, container)) {
                return CONTAINER_BONUS;
            }
        }
        return 0;
    }

    static boolean inside(GazetteerEntry place, GazetteerEntry container) {
        if (place == container || place.kind().compareTo(container.kind()) < 0) {
            return false;
        }
        return switch (container.kind()) {
            case REGION -> false;
            case COUNTRY -> place.countryCode().equals(container.countryCode());
            case ADMIN1 -> container.admin1Key().equals(place.admin1Key());
            case ADMIN2 -> container.admin2Key().equals(place.admin2Key())
                    || place.kmTo(container) <= CONTAINER_RADIUS_KM;
            case CITY -> place.kmTo(container) <= CONTAINER_RADIUS_KM;
        };
    }

}
