package io.newsflow.enrich.geo;

import io.newsflow.enrich.geo.GazetteerEntry.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The gazetteer entries a name as written may mean. Beyond the name itself, a generic word the gazetteer does not
 * carry is taken off and kept as a constraint: "Sichuan Province" is the division Sichuan, "Quebec City" the
 * city Quebec, "State of Washington" the state; a part of a place is placed at the place ("North Texas",
 * "South Philadelphia", "Greater Mumbai"). When the whole name is no place, its longest part that is stands
 * for it: a facility is placed at its town ("Walker County Fairgrounds", "Vancouver International Airport"),
 * which is nearer than nowhere.
 */
public final class NameLookup {

    private static final Set<Kind> REGIONS = EnumSet.of(Kind.REGION, Kind.ADMIN1, Kind.ADMIN2);
    private static final Set<Kind> COUNTRIES = EnumSet.of(Kind.COUNTRY);
    private static final Set<Kind> CITIES = EnumSet.of(Kind.CITY);

    /** Trailing words naming a sort of place, and the kinds they leave possible. */
    private static final Map<String, Set<Kind>> SUFFIXES = Map.ofEntries(
            Map.entry("province", REGIONS), Map.entry("state", REGIONS), Map.entry("region", REGIONS),
            Map.entry("governorate", REGIONS), Map.entry("prefecture", REGIONS), Map.entry("oblast", REGIONS),
            Map.entry("district", REGIONS), Map.entry("department", REGIONS), Map.entry("county", REGIONS),
            Map.entry("parish", REGIONS), Map.entry("municipality", REGIONS), Map.entry("territory", REGIONS),
            Map.entry("city", CITIES), Map.entry("town", CITIES), Map.entry("village", CITIES));

    /** Leading words naming a sort of place. */
    private static final Map<String, Set<Kind>> PREFIXES = Map.of(
            "state of", REGIONS, "province of", REGIONS, "county of", REGIONS,
            "republic of", COUNTRIES, "kingdom of", COUNTRIES, "city of", CITIES);

    /** Leading words naming a part of a place, or its surroundings. */
    private static final Set<String> PART_PREFIXES = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "metro", "downtown",
            "midtown", "uptown", "rural", "suburban", "coastal", "sub saharan", "inner");

    /** Words that are no place alone, whatever some gazetteer entry is called ("Delta", "Eastern", "Central"). */
    private static final Set<String> NOT_ALONE = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "middle", "greater", "great", "little", "new", "old",
            "saint", "lake", "river", "delta", "valley", "bay", "sea", "ocean", "gulf", "creek", "coast", "island",
            "islands", "mountain", "mountains", "canal", "strait", "desert", "plateau", "forest", "park", "hall",
            "city", "county", "center", "centre", "international", "national", "airport", "station", "village",
            "town", "hill", "hills", "beach", "harbor", "port", "street", "road", "avenue", "square", "bridge",
            "union", "united", "republic", "state", "states", "kingdom", "empire", "district", "region", "province",
            "metro", "live", "police", "rodeo", "fair", "memorial", "college", "university", "hospital", "school",
            "church", "temple", "court", "office", "market", "home", "camp", "fort", "point", "rock", "spring",
            "springs", "falls", "field", "fields", "grove", "heights", "junction", "landing", "mills", "plains");
    /**
     * The candidates of a name, and whether they are the whole name's or only a part's (which the disambiguation
     * does not let speak for the article: "Marshall Street" says nothing about where Marshall towns are).
     */
    public record Match(List<GazetteerEntry> candidates, boolean whole) {
    }

    /** A street, road or route: a place, though no gazetteer's ("Memphis St.", "Route 1", "Dublin Road"). */
    private static final Pattern STREET = Pattern.compile("(?i).*\\b(street|st\\.?|road|rd\\.?|avenue|ave\\.?|drive|"
            + "dr\\.?|lane|ln\\.?|boulevard|blvd\\.?|highway|hwy\\.?|route|parkway|pkwy\\.?|circle|court|ct\\.?|place|"
            + "way|trail|pike|turnpike|interstate)(\\s+\\d+\\w*)?|(?i)(interstate|highway|route|i-)\\s*\\d+.*");

    private final Gazetteer gazetteer;

    public NameLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The candidates of a name; empty when no part of it is a known place. A demonym labelled as a place
     * ("the Iraqi side") stands for its country, which joins any place of that name ("Canadian", Texas).
     */
    public List<GazetteerEntry> candidates(String name) {
        return match(name).candidates();
    }

    /** The candidates of a name, saying whether they match it whole. */
    public Match match(String name) {
        String key = NameKey.of(name);
        List<GazetteerEntry> places = whole(key);
        boolean whole = !places.isEmpty();
        if (!whole && !isStreet(name)) {
            places = longestPart(key);
        }
        List<GazetteerEntry> candidates = withDemonymCountry(name, places);
        return new Match(candidates, whole || candidates.size() > places.size());
    }

    /**
     * Whether the name, not just a part of it, is a known place; not a demonym, nor a generic word alone that
     * happens to name some division ("Western", "Centre").
     */
    public boolean isPlaceName(String name) {
        String key = NameKey.of(name);
        return !NOT_ALONE.contains(key) && !whole(key).isEmpty();
    }

    /**
     * Whether the gazetteer has the name itself, not only with a generic word taken off ("Texas Department"),
     * and it is no demonym ("Canadian" is a town in Texas, but mostly an adjective).
     */
    public boolean isGazetteerName(String name) {
        return !gazetteer.candidatesOfKey(NameKey.of(name)).isEmpty() && gazetteer.demonyms().country(name) == null;
    }

    /** Whether a name is a street's, road's or route's, which no part of it locates ("Memphis St." is no city). */
    public static boolean isStreet(String name) {
        return STREET.matcher(name).matches();
    }

    private List<GazetteerEntry> withDemonymCountry(String name, List<GazetteerEntry> places) {
        GazetteerEntry country = gazetteer.demonyms().country(name);
        if (country == null || places.contains(country)) {
            return places;
        }
        List<GazetteerEntry> withCountry = new ArrayList<>(places);
        withCountry.add(country);
        return withCountry;
    }

    private List<GazetteerEntry> whole(String key) {
        List<GazetteerEntry> exact = gazetteer.candidatesOfKey(key);
        if (!exact.isEmpty()) {
            return exact;
        }
        for (Map.Entry<String, Set<Kind>> suffix : SUFFIXES.entrySet()) {
            if (key.endsWith(" " + suffix.getKey())) {
                return ofKinds(key.substring(0, key.length() - suffix.getKey().length() - 1), suffix.getValue());
            }
        }
        for (Map.Entry<String, Set<Kind>> prefix : PREFIXES.entrySet()) {
            if (key.startsWith(prefix.getKey() + " ")) {
                return ofKinds(key.substring(prefix.getKey().length() + 1), prefix.getValue());
            }
        }
        for (String part : PART_PREFIXES) {
            if (key.startsWith(part + " ")) {
                return gazetteer.candidatesOfKey(key.substring(part.length() + 1));
            }
        }
        return List.of();
    }

    /**
     * The candidates of the longest run of words that is a place name, leftmost among equals; a single word only
     * if it is no generic word and has four letters or more ("Al-Fashir" is not Ål).
     */
    private List<GazetteerEntry> longestPart(String key) {
        String[] words = key.split(" ");
        for (int n = words.length - 1; n >= 1; n--) {
            for (int from = 0; from + n <= words.length; from++) {
                String part = String.join(" ", Arrays.copyOfRange(words, from, from + n));
                if (n == 1 && (part.length() < 4 || NOT_ALONE.contains(part))) {
                    continue;
                }
                List<GazetteerEntry> found = gazetteer.candidatesOfKey(part);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private List<GazetteerEntry> ofKinds(String key, Set<Kind> kinds) {
        return gazetteer.candidatesOfKey(key).stream().filter(e -> kinds.contains(e.kind())).toList();
    }
}
