package io.newsflow.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.schemas.avro.FeatureClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's seed article through the CRF tagger, the spotter and the resolver. */
class SeedArticleTest {

    private static final Path SEED = Path.of("../ingest/src/main/resources/io/newsflow/ingest/samples/"
            + "01-soleimani-mosul-2016.txt");

    private static List<ResolvedPlace> places;

    @BeforeAll
    static void resolveSeed() throws IOException {
        String text = Files.readString(SEED);
        places = PlaceResolver.shared().resolve(text, LocationRecognizer.crf().locate(text));
    }

    private static ResolvedPlace place(String name) {
        return places.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shouldPlaceMosulInIraq() {
        ResolvedPlace mosul = place("Mosul");

        assertThat(mosul.countryCode()).isEqualTo("IQ");
        assertThat(mosul.featureClass()).isEqualTo(FeatureClass.CITY);
        assertThat(mosul.latitude()).isCloseTo(36.34, within(0.05));
        assertThat(mosul.longitude()).isCloseTo(43.13, within(0.05));
        assertThat(mosul.mentions()).isGreaterThan(5);
    }

    @Test
    void shouldResolveTheCountriesAndCapitals() {
        assertThat(place("Iraq").countryCode()).isEqualTo("IQ");
        assertThat(place("Iraq").featureClass()).isEqualTo(FeatureClass.COUNTRY);
        assertThat(place("Iran").countryCode()).isEqualTo("IR");
        assertThat(place("Tehran").countryCode()).isEqualTo("IR");
        assertThat(place("Washington, D.C.").countryCode()).isEqualTo("US");
        assertThat(place("Washington, D.C.").featureClass()).isEqualTo(FeatureClass.CITY);
    }

    @Test
    void shouldCountIranianAsADemonymOfIran() {
        assertThat(place("Iran").demonymMentions()).isPositive();
    }

    @Test
    void shouldDropTheMilitiasTheTaggerCalledLocations() {
        assertThat(places).extracting(ResolvedPlace::name).doesNotContain("al-Nujaba", "Hashd al-Shaabi");
    }
}
