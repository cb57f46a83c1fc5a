package io.newsflow.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.schemas.avro.FeatureClass;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

    private final PlaceResolver resolver = PlaceResolver.shared();

    /** Every occurrence of the names, as a recogniser would give them. */
    private static List<LocationSpan> spans(String text, String... names) {
        List<LocationSpan> spans = new ArrayList<>();
        for (String name : names) {
            Matcher m = Pattern.compile("(?<!\\w)" + Pattern.quote(name) + "(?!\\w)").matcher(text);
            while (m.find()) {
                spans.add(new LocationSpan(m.start(), m.end(), name, LocationSpan.Source.NER));
            }
        }
        return spans;
    }

    private ResolvedPlace placeOf(String text, String name, String... names) {
        List<String> all = new ArrayList<>(List.of(names));
        all.add(name);
        return resolver.resolve(text, spans(text, all.toArray(String[]::new))).stream()
                .filter(p -> p.offsets().stream().anyMatch(s -> s.text().equals(name)))
                .findFirst().orElseThrow();
    }

    @Test
    void shouldReadParisAloneAsTheFrenchCapital() {
        ResolvedPlace paris = placeOf("Talks resumed in Paris on Monday.", "Paris");

        assertThat(paris.countryCode()).isEqualTo("FR");
        assertThat(paris.featureClass()).isEqualTo(FeatureClass.CITY);
        assertThat(paris.geonameId()).isEqualTo(2988507L);
    }

    @Test
    void shouldReadParisInATexasStoryAsParisTexas() {
        String text = "A storm hit Paris on Monday. Lamar County officials said roads across Texas were closed.";

        ResolvedPlace paris = placeOf(text, "Paris", "Lamar County", "Texas");

        assertThat(paris.countryCode()).isEqualTo("US");
        assertThat(paris.admin1()).isEqualTo("Texas");
    }

    @Test
    void shouldReadTheStateWrittenAfterACommaAsTheContainer() {
        assertThat(placeOf("He was born in Paris, Texas, in 1950.", "Paris", "Texas").admin1()).isEqualTo("Texas");
        assertThat(placeOf("Smith, 41, of Alexandria, La., was arrested.", "Alexandria").admin1())
                .isEqualTo("Louisiana");
    }

    @Test
    void shouldReadWashingtonAloneAsTheUsCapital() {
        ResolvedPlace washington = placeOf("Officials in Washington said the talks would go on.", "Washington");

        assertThat(washington.countryCode()).isEqualTo("US");
        assertThat(washington.admin1()).isEqualTo("District of Columbia");
        assertThat(washington.latitude()).isCloseTo(38.9, within(0.1));
    }

    @Test
    void shouldReadWashingtonStateAsTheState() {
        ResolvedPlace washington = placeOf("A farm in Washington state reported the case.", "Washington");

        assertThat(washington.featureClass()).isEqualTo(FeatureClass.ADMIN);
        assertThat(washington.admin1()).isEqualTo("Washington");
    }

    @Test
    void shouldReadGeorgiaAsTheUsStateAmongUsPlaces() {
        String text = "Traffic from Atlanta slowed as snow fell across Georgia; Gainesville schools closed.";

        ResolvedPlace georgia = placeOf(text, "Georgia", "Atlanta", "Gainesville");

        assertThat(georgia.countryCode()).isEqualTo("US");
        assertThat(georgia.featureClass()).isEqualTo(FeatureClass.ADMIN);
    }

    @Test
    void shouldReadGeorgiaAsTheCountryNextToRussia() {
        String text = "Russia sent troops into Georgia. Shelling was heard in Tbilisi, Georgian officials said.";

        ResolvedPlace georgia = placeOf(text, "Georgia", "Russia", "Tbilisi");

        assertThat(georgia.countryCode()).isEqualTo("GE");
        assertThat(georgia.featureClass()).isEqualTo(FeatureClass.COUNTRY);
    }

    @Test
    void shouldCountDemonymsApartFromTheNamesMentions() {
        String text = "Iran denied it. Iranian officials and Iranians abroad said Iran was not involved.";

        List<ResolvedPlace> places = resolver.resolve(text, spans(text, "Iran"));

        assertThat(places).singleElement().satisfies(iran -> {
            assertThat(iran.name()).isEqualTo("Iran");
            assertThat(iran.mentions()).isEqualTo(2);
            assertThat(iran.demonymMentions()).isEqualTo(2);
            assertThat(iran.countryCode()).isEqualTo("IR");
        });
    }

    @Test
    void shouldMergeSpellingsOfOnePlace() {
        String text = "The U.S. embassy said the United States would respond.";

        List<ResolvedPlace> places = resolver.resolve(text, spans(text, "U.S.", "United States"));

        assertThat(places).singleElement().satisfies(us -> {
            assertThat(us.name()).isEqualTo("United States");
            assertThat(us.mentions()).isEqualTo(2);
            assertThat(us.offsets()).extracting(LocationSpan::start).containsExactly(4, 26);
        });
    }

    @Test
    void shouldKeepAnUnknownNameUnresolved() {
        List<ResolvedPlace> places = resolver.resolve("Fighters of Qxzvilleton advanced.",
                spans("Fighters of Qxzvilleton advanced.", "Qxzvilleton"));

        assertThat(places).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Qxzvilleton");
            assertThat(p.resolved()).isFalse();
            assertThat(p.latitude()).isNull();
            assertThat(p.geonameId()).isNull();
            assertThat(p.featureClass()).isEqualTo(FeatureClass.OTHER);
            assertThat(p.offsets()).extracting(LocationSpan::start).containsExactly(12);
        });
    }

    @Test
    void shouldPlaceAFacilityAtItsTown() {
        ResolvedPlace airport = placeOf("Flights left Vancouver International Airport late.",
                "Vancouver International Airport");

        assertThat(airport.countryCode()).isEqualTo("CA");
    }

    @Test
    void shouldMapToTheSchemasLocation() {
        ResolvedPlace mosul = placeOf("Fighting went on in Mosul.", "Mosul");

        assertThat(mosul.toLocation().getCountryCode()).isEqualTo("IQ");
        assertThat(mosul.toLocation().getOffsets()).hasSize(1);
        assertThat(mosul.toLocation().getFeatureClass()).isEqualTo(FeatureClass.CITY);
    }
}
