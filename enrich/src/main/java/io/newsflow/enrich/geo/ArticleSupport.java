package io.newsflow.enrich.geo;

import io.newsflow.enrich.geo.GazetteerEntry.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rest of an article says for a candidate place. Every other toponym (and every country a demonym
 * names) supports a candidate as far as one of its plausible readings lies in the same country, in the same
 * first-level division, in the same county or within {@value #NEAR_KM} km, or in the region (exp(−km / {@value
 * #REGIONAL_RANGE_KM})): "Paris" next to "Lamar County" and "Texas" is Paris, Texas, because both have readings in
 * Texas near it; "Gaza" next to Israel and Egypt is not Mozambique's Gaza province. Each toponym's best reading
 * counts, summed over toponyms, so that a candidate's own toponym can be left out. Built for one round of one
 * article.
 */
final class ArticleSupport {

    /** Weight of the share of the other toponyms with a reading in the candidate's country. */
    static final double COUNTRY_SUPPORT = 3;
    /** Weights of the (saturating) support in the same division, nearby, and in the region. */
    static final double ADMIN1_SUPPORT = 3;
    static final double NEAR_SUPPORT = 3;
    static final double REGIONAL_SUPPORT = 3;
    static final double NEAR_KM = 50;
    static final double REGIONAL_RANGE_KM = 300;
    /** Readings less plausible than this do not speak for the article (and are not worth a distance). */
    static final double MIN_VOTING_PLAUSIBILITY = 0.05;

    static final ArticleSupport NONE = new ArticleSupport(Map.of(), Map.of(), Map.of(), List.of(), 0);

    /** A candidate of a toponym (null for a demonym) with its plausibility. */
    private record Reading(Toponym of, GazetteerEntry place, double plausibility) {
    }

    private final Map<String, Map<Object, Double>> byCountry;
    private final Map<String, Map<Object, Double>> byAdmin1;
    private final Map<String, List<Reading>> readingsByAdmin1;
    private final List<Reading> plausible;
    private final int voters;

    private ArticleSupport(Map<String, Map<Object, Double>> byCountry, Map<String, Map<Object, Double>> byAdmin1,
                           Map<String, List<Reading>> readingsByAdmin1, List<Reading> plausible, int voters) {
        this.byCountry = byCountry;
        this.byAdmin1 = byAdmin1;
        this.readingsByAdmin1 = readingsByAdmin1;
        this.plausible = plausible;
        this.voters = voters;
    }

    /** The support of an article's toponyms as currently scored, and of the countries its demonyms name. */
    static ArticleSupport of(List<Toponym> toponyms, List<GazetteerEntry> demonymCountries) {
        Map<String, Map<Object, Double>> byCountry = new HashMap<>();
        Map<String, Map<Object, Double>> byAdmin1 = new HashMap<>();
        Map<String, List<Reading>> readings = new HashMap<>();
        List<Reading> plausible = new ArrayList<>();
        for (Toponym t : toponyms) {
            if (!t.whole) {
                continue;
            }
            for (int i = 0; i < t.candidates.size(); i++) {
                if (t.plausibility[i] >= MIN_VOTING_PLAUSIBILITY) {
                    Reading r = new Reading(t, t.candidates.get(i), t.plausibility[i]);
                    add(r, t, byCountry, byAdmin1, readings);
                    if (r.place().kind() != Kind.REGION) {
                        plausible.add(r);
                    }
                }
            }
        }
        for (GazetteerEntry country : demonymCountries) {
            add(new Reading(null, country, 1), country, byCountry, byAdmin1, readings);
        }
        int placeNames = (int) toponyms.stream().filter(t -> t.whole).count();
        return new ArticleSupport(byCountry, byAdmin1, readings, plausible, placeNames + demonymCountries.size());
    }

    /** Records a reading under its voter (the toponym, or the demonym's country), keeping each voter's best. */
    private static void add(Reading r, Object voter, Map<String, Map<Object, Double>> byCountry,
                            Map<String, Map<Object, Double>> byAdmin1, Map<String, List<Reading>> readings) {
        GazetteerEntry p = r.place();
        if (!p.countryCode().isEmpty()) {
            byCountry.computeIfAbsent(p.countryCode(), k -> new HashMap<>()).merge(voter, r.plausibility(), Math::max);
        }
        String admin1 = p.admin1Key();
        if (admin1 != null) {
            byAdmin1.computeIfAbsent(admin1, k -> new HashMap<>()).merge(voter, r.plausibility(), Math::max);
            if (p.kind() == Kind.CITY || p.kind() == Kind.ADMIN2) {
                readings.computeIfAbsent(admin1, k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** The support for a candidate of a toponym, from the article's other toponyms and demonyms. */
    double of(GazetteerEntry c, Toponym own) {
        int others = voters - (own.whole ? 1 : 0);
        if (others <= 0) {
            return 0;
        }
        double sum = COUNTRY_SUPPORT * othersBest(byCountry.get(c.countryCode()), own) / others;
        if (c.kind() != Kind.REGION) {
            sum += REGIONAL_SUPPORT * saturated(regional(c, own));
        }
        String admin1 = c.admin1Key();
        if (admin1 != null) {
            sum += ADMIN1_SUPPORT * saturated(othersBest(byAdmin1.get(admin1), own));
            if (c.kind() == Kind.CITY || c.kind() == Kind.ADMIN2) {
                sum += NEAR_SUPPORT * saturated(near(c, own, readingsByAdmin1.get(admin1)));
            }
        }
        return sum;
    }

    /**
     * Evidence that grows with the number of supporting names but saturates: one other name in the same state
     * already says much, whether the article has five names or fifty; the country's share, in contrast, is a
     * share (a few US places in a world story say little).
     */
    private static double saturated(double supporters) {
        return 1 - Math.exp(-supporters);
    }

    private static double othersBest(Map<Object, Double> bestByVoter, Toponym own) {
        if (bestByVoter == null) {
            return 0;
        }
        double sum = 0;
        for (Map.Entry<Object, Double> e : bestByVoter.entrySet()) {
            if (e.getKey() != own) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    /** Sum over the other toponyms of their best plausibility × exp(−km / range) from the candidate. */
    private double regional(GazetteerEntry c, Toponym own) {
        Map<Toponym, Double> best = new HashMap<>();
        for (Reading r : plausible) {
            if (r.of() != own && r.place() != c) {
                double km = GeoDistance.approxKm(c.latitude(), c.longitude(), r.place().latitude(),
                        r.place().longitude());
                if (km < 5 * REGIONAL_RANGE_KM) {
                    best.merge(r.of(), r.plausibility() * Math.exp(-km / REGIONAL_RANGE_KM), Math::max);
                }
            }
        }
        double sum = 0;
        for (double v : best.values()) {
            sum += v;
        }
        return sum;
    }

    /** Same second-level division (a town and its county), or within NEAR_KM. */
    private static boolean near(GazetteerEntry a, GazetteerEntry b) {
        String county = a.admin2Key();
        return county != null && county.equals(b.admin2Key()) || a.kmTo(b) <= NEAR_KM;
    }

    /** Sum over the other toponyms of their most plausible reading near the candidate. */
    private static double near(GazetteerEntry c, Toponym own, List<Reading> sameAdmin1) {
        if (sameAdmin1 == null) {
            return 0;
        }
        Map<Toponym, Double> best = new HashMap<>();
        for (Reading r : sameAdmin1) {
            if (r.of() != own && r.of() != null && r.place() != c && near(c, r.place())) {
                best.merge(r.of(), r.plausibility(), Math::max);
            }
        }
        double sum = 0;
        for (double v : best.values()) {
            sum += v;
        }
        return sum;
    }
}
