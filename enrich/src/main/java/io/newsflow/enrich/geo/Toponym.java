package io.newsflow.enrich.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One name as an article uses it (all its spellings that share a {@link NameKey}), with the places it may mean
 * and, while an article is being resolved, the one chosen. Confined to one resolution: not thread-safe.
 */
final class Toponym {

    final String key;
    final List<LocationSpan> spans = new ArrayList<>();
    final List<GazetteerEntry> candidates;
    /** Whether the candidates are the whole name's, not a part's: only those speak for the article's context. */
    final boolean whole;
    /** Names written right after it ("Paris, Texas"): it likely lies inside the place one of them resolves to. */
    private final List<Toponym> containerNames = new ArrayList<>();
    /** Places known from the text alone after it ("Alexandria, La."). */
    private final List<GazetteerEntry> containerPlaces = new ArrayList<>();
    /** Sorts of place the text calls it ("Washington state", "the city of Mosul"). */
    final Set<GazetteerEntry.Kind> sorts = EnumSet.noneOf(GazetteerEntry.Kind.class);
    /** The meaning news usually intends by this name, or null. */
    final GazetteerEntry preferred;
    GazetteerEntry chosen;
    /** Per candidate, exp(score − best score): 1 for the chosen one, near 0 for the implausible. */
    double[] plausibility;

    Toponym(String key, NameLookup.Match match, GazetteerEntry preferred) {
        this.key = key;
        this.candidates = match.candidates();
        this.whole = match.whole();
        this.preferred = preferred;
    }

    /** A container that is another toponym of the article, resolved along with this one. */
    void addContainer(Toponym container) {
        containerNames.add(container);
    }

    /** A container known from the text alone (a state abbreviation). */
    void addContainer(GazetteerEntry container) {
        containerPlaces.add(container);
    }

    /** The places that contain this one as the text says, as currently resolved. */
    List<GazetteerEntry> containerPlaces() {
        List<GazetteerEntry> places = new ArrayList<>(containerPlaces);
        for (Toponym name : containerNames) {
            if (name.chosen != null) {
                places.add(name.chosen);
            }
        }
        return places;
    }
}
