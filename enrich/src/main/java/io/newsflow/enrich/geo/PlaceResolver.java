package io.newsflow.enrich.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an article's place names to gazetteer entries, one {@link ResolvedPlace} per distinct place, and counts
 * the country demonyms of the text alongside ("Iranian" → Iran). Cheap (well under a millisecond for an article):
 * it looks names up, reads a few characters around them and scores a handful of candidates. Thread-safe.
 */
public final class PlaceResolver {

    /** After a name: ", " and a US postal or AP state abbreviation ("Alexandria, La.", "Paris, TX"). */
    private static final Pattern STATE_AFTER_COMMA =
            Pattern.compile("\\G,\\s*(W\\. ?Va\\.|[A-Z]\\.[A-Z]\\.|[A-Z][a-z]{1,4}\\.|[A-Z]{2})(?![A-Za-z])");

    /** A lowercase word after a name saying what sort of place it is: "Washington state", "Hall county". */
    private static final Pattern SORT_AFTER = Pattern.compile("\\G\\s+(state|province|county|parish|region|city|town)\\b");
    /** The same before: "the city of Mosul", "the state of Georgia". */
    private static final Pattern SORT_BEFORE =
            Pattern.compile("\\b(state|province|county|region|city|town|village) of\\s+$");

    private final Gazetteer gazetteer;
    private final NameLookup lookup;
    private final Map<String, GazetteerEntry> preferences;
    private final Disambiguator disambiguator = new Disambiguator();

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.lookup = new NameLookup(gazetteer);
        this.preferences = preferences(gazetteer);
    }

    public static PlaceResolver shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final PlaceResolver INSTANCE = new PlaceResolver(Gazetteer.shared());
    }

    private static Map<String, GazetteerEntry> preferences(Gazetteer gazetteer) {
        Map<String, GazetteerEntry> preferred = new LinkedHashMap<>();
        for (Aliases.Preference p : Aliases.PREFERENCES) {
            gazetteer.candidates(p.name()).stream().filter(p.target()::matches).findFirst()
                    .ifPresent(e -> preferred.put(NameKey.of(p.name()), e));
        }
        return preferred;
    }

    /** The places of a text given its place names (e.g. from a {@link LocationRecognizer}), in order of appearance. */
    public List<ResolvedPlace> resolve(String text, List<LocationSpan> spans) {
        List<LocationSpan> ordered = spans.stream().sorted(Comparator.comparingInt(LocationSpan::start)).toList();
        List<Demonyms.Mention> demonyms = demonymsOutside(text, ordered);
        List<Toponym> toponyms = toponyms(text, ordered);
        disambiguator.resolve(toponyms, demonyms.stream().map(Demonyms.Mention::country).distinct().toList());
        return places(toponyms, demonyms);
    }

    private List<Demonyms.Mention> demonymsOutside(String text, List<LocationSpan> spans) {
        return gazetteer.demonyms().find(text).stream()
                .filter(d -> spans.stream().noneMatch(s -> s.overlaps(d.start(), d.end())))
                .toList();
    }

    /** Groups the spans by name and notes the containers written after them. */
    private List<Toponym> toponyms(String text, List<LocationSpan> spans) {
        Map<String, Toponym> byKey = new LinkedHashMap<>();
        List<Toponym> ofSpan = new ArrayList<>(spans.size());
        for (LocationSpan span : spans) {
            String key = NameKey.of(span.text());
            Toponym t = byKey.computeIfAbsent(key,
                    k -> new Toponym(k, lookup.match(span.text()), preferences.get(k)));
            t.spans.add(span);
            ofSpan.add(t);
        }
        for (int i = 0; i < spans.size(); i++) {
            addContainer(text, spans, ofSpan, i);
            addSort(text, spans.get(i), ofSpan.get(i));
        }
        return new ArrayList<>(byKey.values());
    }

    private void addContainer(String text, List<LocationSpan> spans, List<Toponym> ofSpan, int i) {
        LocationSpan span = spans.get(i);
        Toponym t = ofSpan.get(i);
        if (i + 1 < spans.size() && commaBetween(text, span.end(), spans.get(i + 1).start())) {
            if (ofSpan.get(i + 1) != t) {
                t.addContainer(ofSpan.get(i + 1));
            }
            return;
        }
        Matcher m = STATE_AFTER_COMMA.matcher(text);
        m.region(span.end(), Math.min(text.length(), span.end() + 12));
        if (m.find()) {
            GazetteerEntry state = usState(m.group(1));
            if (state != null) {
                t.addContainer(state);
            }
        }
    }

    private static void addSort(String text, LocationSpan span, Toponym t) {
        Matcher after = SORT_AFTER.matcher(text);
        after.region(span.end(), Math.min(text.length(), span.end() + 12));
        if (after.find()) {
            t.sorts.add(kindOf(after.group(1)));
        }
        Matcher before = SORT_BEFORE.matcher(text);
        before.region(Math.max(0, span.start() - 16), span.start());
        if (before.find()) {
            t.sorts.add(kindOf(before.group(1)));
        }
    }

    private static GazetteerEntry.Kind kindOf(String sort) {
        return switch (sort) {
            case "state", "province", "region" -> GazetteerEntry.Kind.ADMIN1;
            case "county", "parish" -> GazetteerEntry.Kind.ADMIN2;
            default -> GazetteerEntry.Kind.CITY;
        };
    }

    private static boolean commaBetween(String text, int end, int nextStart) {
        return nextStart > end && text.substring(end, nextStart).trim().equals(",");
    }

    /** "La." (AP) or "LA" (postal code) as a US state. */
    private GazetteerEntry usState(String abbreviation) {
        String code = Aliases.AP_STATES.get(abbreviation);
        if (code == null && abbreviation.length() == 2 && abbreviation.equals(abbreviation.toUpperCase())) {
            code = abbreviation;
        }
        return code == null ? null : gazetteer.admin1("US." + code);
    }

    /** One place per chosen entry (unresolved names: per name), demonyms joined to their country. */
    private static List<ResolvedPlace> places(List<Toponym> toponyms, List<Demonyms.Mention> demonyms) {
        Map<Object, List<LocationSpan>> spansByPlace = new LinkedHashMap<>();
        Map<Object, String> names = new LinkedHashMap<>();
        Map<Object, GazetteerEntry> entries = new LinkedHashMap<>();
        for (Toponym t : toponyms) {
            Object place = t.chosen != null ? t.chosen : t.key;
            spansByPlace.computeIfAbsent(place, p -> new ArrayList<>()).addAll(t.spans);
            names.putIfAbsent(place, t.chosen != null ? t.chosen.name() : t.spans.get(0).text());
            entries.put(place, t.chosen);
        }
        Map<Object, List<Demonyms.Mention>> demonymsByPlace = new LinkedHashMap<>();
        for (Demonyms.Mention d : demonyms) {
            demonymsByPlace.computeIfAbsent(d.country(), p -> new ArrayList<>()).add(d);
            names.putIfAbsent(d.country(), d.country().name());
            entries.put(d.country(), d.country());
        }
        List<ResolvedPlace> places = new ArrayList<>();
        for (Object place : names.keySet()) {
            List<LocationSpan> spans = new ArrayList<>(spansByPlace.getOrDefault(place, List.of()));
            spans.sort(Comparator.comparingInt(LocationSpan::start));
            places.add(new ResolvedPlace(names.get(place), spans, demonymsByPlace.getOrDefault(place, List.of()),
                    entries.get(place)));
        }
        places.sort(Comparator.comparingInt(PlaceResolver::firstOffset));
        return places;
    }

    private static int firstOffset(ResolvedPlace p) {
        int name = p.offsets().isEmpty() ? Integer.MAX_VALUE : p.offsets().get(0).start();
        int demonym = p.demonymOffsets().isEmpty() ? Integer.MAX_VALUE : p.demonymOffsets().get(0).start();
        return Math.min(name, demonym);
    }
}
