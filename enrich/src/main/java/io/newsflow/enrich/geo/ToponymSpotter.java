package io.newsflow.enrich.geo;

import io.newsflow.enrich.geo.GazetteerEntry.Kind;
import io.newsflow.enrich.geo.LocationSpan.Source;
import io.newsflow.enrich.ner.NerLabel;
import io.newsflow.enrich.ner.NerMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a recogniser's labelled mentions into place names, checked and completed with the gazetteer. The CRF
 * labels things LOCATION that no gazetteer places ("al-Nujaba"), and leaves the place in an organisation's name
 * unlabelled ("Texas Department of Health", "Laurel County Sheriff's Office"), where toponym annotation counts
 * it. Thread-safe.
 *
 * <p>Each step was measured on the LGL and GeoVirus development sets (see {@link Policy}); steps that did not
 * help on both (PERSON mentions that are place names, capitalised phrases left unlabelled) are not here.
 */
public final class ToponymSpotter {

    /**
     * Which steps run.
     *
     * @param keepUnknownLocations keep LOCATION mentions the gazetteer does not know as a whole. Off by default:
     *                             a place nobody can locate costs the maximum error; dropping them gained 5 points
     *                             of acc@161 on both development sets for 4 (LGL) and 1 (GeoVirus) of F1
     * @param keepStreets          keep unknown LOCATION mentions that are streets, roads or routes ("Memphis St.");
     *                             toponym corpora annotate them, without coordinates
     * @param placesInOrganizations take the well-known place name an ORGANIZATION mention starts with (a country, a
     *                             state, a county, a capital or a city of 100,000): F1 +5 points on LGL
     * @param keepSupranational    keep mentions that can only mean a continent or a world region ("Africa",
     *                             "Southeast Asia"). Off by default: no point stands for a continent within 161 km,
     *                             so each costs a resolution error (−3 points of acc@161 on GeoVirus for +2 of F1)
     */
    public record Policy(boolean keepUnknownLocations, boolean keepStreets, boolean placesInOrganizations,
                         boolean keepSupranational) {
    }

    public static final Policy DEFAULT = new Policy(false, true, true, false);

    /** Cities from this size are names everybody knows, also inside an organisation's name. */
    static final long WELL_KNOWN_POPULATION = 100_000;
    /** Up to four capitalised words ("Democratic Republic of Congo" aside, names are short). */
    private static final int MAX_WORDS = 4;
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’\\-]*");

    private final NameLookup lookup;
    private final Policy policy;

    public ToponymSpotter(Gazetteer gazetteer, Policy policy) {
        this.lookup = new NameLookup(gazetteer);
        this.policy = policy;
    }

    public static ToponymSpotter shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ToponymSpotter INSTANCE = new ToponymSpotter(Gazetteer.shared(), DEFAULT);
    }

    /** The place names of a text given the recogniser's mentions of it, in order. */
    public List<LocationSpan> spot(String text, List<NerMention> mentions) {
        List<LocationSpan> spans = new ArrayList<>();
        for (NerMention mention : mentions) {
            if (mention.label() == NerLabel.LOCATION && keep(mention.text())) {
                spans.add(new LocationSpan(mention.start(), mention.end(), mention.text(), Source.NER));
            } else if (mention.label() == NerLabel.ORGANIZATION && policy.placesInOrganizations()) {
                placeStarting(text, mention).ifPresent(spans::add);
            }
        }
        spans.sort(Comparator.comparingInt(LocationSpan::start));
        return spans;
    }

    private boolean keep(String name) {
        boolean known = lookup.isPlaceName(name);
        if (known && !policy.keepSupranational() && supranational(name)) {
            return false;
        }
        return known || policy.keepUnknownLocations() || policy.keepStreets() && NameLookup.isStreet(name);
    }

    /** Whether a name can only mean a continent or a world region ("Africa", "Southeast Asia"). */
    private boolean supranational(String name) {
        return lookup.candidates(name).stream().allMatch(e -> e.kind() == Kind.REGION && e.countryCode().isEmpty());
    }

    /** A country, a division or a large city, whichever the name means. */
    private boolean wellKnown(String name) {
        if (!lookup.isPlaceName(name)) {
            return false;
        }
        for (GazetteerEntry e : lookup.candidates(name)) {
            if (e.kind() == Kind.COUNTRY || e.kind() == Kind.ADMIN1 || e.kind() == Kind.ADMIN2 || e.isCapital()
                    || e.kind() == Kind.CITY && e.population() >= WELL_KNOWN_POPULATION) {
                return true;
            }
        }
        return false;
    }

    /** The longest well-known place name among the first capitalised words of an organisation's name. */
    private Optional<LocationSpan> placeStarting(String text, NerMention organization) {
        List<int[]> words = capitalisedWords(text, organization.start(), organization.end());
        for (int n = Math.min(MAX_WORDS, words.size()); n >= 1; n--) {
            if (consecutive(text, words, n)) {
                int start = words.get(0)[0];
                int end = words.get(n - 1)[1];
                String name = text.substring(start, end);
                if (lookup.isGazetteerName(name) && wellKnown(name)) {
                    return Optional.of(new LocationSpan(start, end, name, Source.ORGANIZATION));
                }
            }
        }
        return Optional.empty();
    }

    private static List<int[]> capitalisedWords(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        Matcher m = CAPITALISED_WORD.matcher(text);
        m.region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = trimTrailing(text, start, m.end());
            boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
            if (wordStart && end > start) {
                words.add(new int[] {start, end});
            }
        }
        return words;
    }

    /** Sentence punctuation and possessives are not part of a name ("Ohio.", "Iraq's"); abbreviations are ("U.S."). */
    private static int trimTrailing(String text, int start, int end) {
        if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
            end -= 2;
        }
        while (end > start && "'’-".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '.' && text.indexOf('.', start) == end - 1) {
            end--;
        }
        return end;
    }

    /** The first n words follow each other with single spaces: "Laurel County Sheriff", not "Texas, Inc". */
    private static boolean consecutive(String text, List<int[]> words, int n) {
        for (int k = 0; k < n - 1; k++) {
            int gapStart = words.get(k)[1];
            if (words.get(k + 1)[0] != gapStart + 1 || text.charAt(gapStart) != ' ') {
                return false;
            }
        }
        return true;
    }
}
