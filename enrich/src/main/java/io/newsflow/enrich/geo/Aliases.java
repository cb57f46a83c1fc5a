package io.newsflow.enrich.geo;

import io.newsflow.enrich.geo.GazetteerEntry.Kind;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The engine's own small additions to the gazetteer, each with the reason it is needed: names news uses that
 * neither GeoNames' main names nor world-countries list, US state abbreviations, and the few names whose usual
 * meaning in news is not the one feature class and population would pick.
 */
final class Aliases {

    /** A name for a place the data does not give. */
    record Alias(String name, Target target, String why) {
    }

    /** A name whose usual meaning in news the resolver favours, unless the article says otherwise. */
    record Preference(String name, Target target, String why) {
    }

    /** Which gazetteer entry an alias names: the most populous one of that kind, country and name. */
    record Target(Kind kind, String countryCode, String admin1Code, String name) {

        Optional<GazetteerEntry> find(Function<String, List<GazetteerEntry>> byKey,
                                      Map<String, GazetteerEntry> countries, Map<String, GazetteerEntry> admin1s) {
            if (kind == Kind.COUNTRY) {
                return Optional.ofNullable(countries.get(countryCode));
            }
            if (kind == Kind.ADMIN1 && admin1Code != null) {
                return Optional.ofNullable(admin1s.get(countryCode + "." + admin1Code));
            }
            return byKey.apply(NameKey.of(name)).stream()
                    .filter(this::matches).max(Comparator.comparingLong(GazetteerEntry::population));
        }

        boolean matches(GazetteerEntry e) {
            return e.kind() == kind && e.countryCode().equals(countryCode)
                    && (admin1Code == null || admin1Code.equals(e.admin1Code()))
                    && (name == null || NameKey.of(name).equals(NameKey.of(e.name())));
        }
    }

    static final List<Alias> NAMES = List.of(
            new Alias("US", country("US"), "world-countries lists the ISO code among spellings, like every "
                    + "country's; the build drops codes (\"LA\" is Laos there), this one is a name in news"),
            new Alias("USA", country("US"), "the ISO alpha-3 code, dropped with the others, is also a name"),
            new Alias("America", country("US"), "news writes America for the United States; the continents are "
                    + "North and South America"),
            new Alias("Britain", country("GB"), "the common short name in news; world-countries has only "
                    + "Great Britain and UK"),
            new Alias("Turkey", country("TR"), "world-countries 5 names the country Türkiye and lists Turkiye and "
                    + "Republic of Turkey, not the name English news still uses"),
            new Alias("Middle East", region("", "Western Asia"), "the news name of the region; UN Western Asia is "
                    + "the nearest region the data has (Levant, Arabia, Mesopotamia, Turkey, Caucasus)"),
            new Alias("DC", city("US", "DC", "Washington, D.C."), "the district's abbreviation, alone"),
            new Alias("NYC", city("US", "NY", "New York City"), "common abbreviation"),
            new Alias("L.A.", city("US", "CA", "Los Angeles"), "common abbreviation; the reason the AP "
                    + "abbreviation \"La.\" (same key) is only read after a comma"),
            new Alias("NSW", new Target(Kind.ADMIN1, "AU", null, "New South Wales"), "how Australian news "
                    + "writes the state; the other states' abbreviations are words or other places (WA, SA, Vic)"));

    /**
     * AP Stylebook state abbreviations, as in "Huntsville, Ala.": with their postal codes, the GeoNames admin1
     * codes of US states. Names in their own right except {@link #READ_AFTER_COMMA_ONLY}.
     */
    static final Map<String, String> AP_STATES = apStates();

    /** "La." has the key of "L.A.", which is Los Angeles. */
    static final Set<String> READ_AFTER_COMMA_ONLY = Set.of("La.");

    static final List<Preference> PREFERENCES = List.of(
            new Preference("Washington", city("US", "DC", "Washington, D.C."), "in news, Washington alone is "
                    + "mostly the US government's seat; by class and population the state would win. Articles "
                    + "about the state name it with its cities or say \"Washington state\""));

    private Aliases() {
    }

    private static Map<String, String> apStates() {
        String[] pairs = {"Ala.", "AL", "Ariz.", "AZ", "Ark.", "AR", "Calif.", "CA", "Colo.", "CO", "Conn.", "CT",
            "Del.", "DE", "Fla.", "FL", "Ga.", "GA", "Ill.", "IL", "Ind.", "IN", "Kan.", "KS", "Kans.", "KS",
            "Ky.", "KY", "La.", "LA", "Md.", "MD", "Mass.", "MA", "Mich.", "MI", "Minn.", "MN", "Miss.", "MS",
            "Mo.", "MO", "Mont.", "MT", "Neb.", "NE", "Nebr.", "NE", "Nev.", "NV", "N.H.", "NH", "N.J.", "NJ",
            "N.M.", "NM", "N.Y.", "NY", "N.C.", "NC", "N.D.", "ND", "Okla.", "OK", "Ore.", "OR", "Pa.", "PA",
            "R.I.", "RI", "S.C.", "SC", "S.D.", "SD", "Tenn.", "TN", "Vt.", "VT", "Va.", "VA", "Wash.", "WA",
            "W.Va.", "WV", "W. Va.", "WV", "Wis.", "WI", "Wyo.", "WY"};
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(map);
    }

    static Target country(String countryCode) {
        return new Target(Kind.COUNTRY, countryCode, null, null);
    }

    static Target region(String countryCode, String name) {
        return new Target(Kind.REGION, countryCode, null, name);
    }

    static Target city(String countryCode, String admin1Code, String name) {
        return new Target(Kind.CITY, countryCode, admin1Code, name);
    }

    /** Adds the alias names and the state abbreviations to a gazetteer's index under construction. */
    static void addTo(BiConsumer<String, GazetteerEntry> index, Function<String, List<GazetteerEntry>> byKey,
                      Map<String, GazetteerEntry> countries, Map<String, GazetteerEntry> admin1s) {
        for (Alias alias : NAMES) {
            alias.target().find(byKey, countries, admin1s).ifPresent(entry -> index.accept(alias.name(), entry));
        }
        AP_STATES.forEach((abbreviation, code) -> {
            GazetteerEntry state = admin1s.get("US." + code);
            if (state != null && !READ_AFTER_COMMA_ONLY.contains(abbreviation)) {
                index.accept(abbreviation, state);
            }
        });
    }
}
