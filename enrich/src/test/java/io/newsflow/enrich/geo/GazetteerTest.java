package io.newsflow.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.enrich.geo.GazetteerEntry.Kind;
import io.newsflow.schemas.avro.FeatureClass;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void shouldReadCountriesRegionsAndPlacesFromRows() throws IOException {
        String tsv = """
                # kind geonameid name alternates country admin1 admin2 fcode population lat lon demonyms
                C\t\tGeorgia\tSakartvelo\tGE\t\t\tPCLI\t2382172\t42.0\t43.5\tGeorgian|Georgians
                A\t\tGeorgia\t\tUS\tGA\t\tADM1\t4636667\t32.68\t-83.43\t
                B\t\tHall County\t\tUS\tGA\t139\tADM2\t0\t34.29\t-83.80\t
                P\t4196586\tGainesville\t\tUS\tGA\t139\tPPLA2\t33804\t34.2979\t-83.8241\t
                """;
        Gazetteer small = Gazetteer.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));

        assertThat(small.candidates("georgia")).extracting(GazetteerEntry::kind)
                .containsExactlyInAnyOrder(Kind.COUNTRY, Kind.ADMIN1);
        assertThat(small.candidates("Sakartvelo")).singleElement().extracting(GazetteerEntry::countryCode)
                .isEqualTo("GE");
        GazetteerEntry gainesville = small.candidates("Gainesville").get(0);
        assertThat(gainesville.admin1Name()).isEqualTo("Georgia");
        assertThat(gainesville.admin2Key()).isEqualTo("US.GA.139");
        assertThat(gainesville.featureClass()).isEqualTo(FeatureClass.CITY);
        assertThat(small.demonyms().country("Georgians").name()).isEqualTo("Georgia");
        assertThat(small.admin1("US.GA").name()).isEqualTo("Georgia");
    }

    @Test
    void shouldShipCountriesDivisionsAndCities() {
        assertThat(gazetteer.country("IQ").name()).isEqualTo("Iraq");
        assertThat(gazetteer.admin1("US.TX").name()).isEqualTo("Texas");
        assertThat(gazetteer.candidates("Hall County")).extracting(GazetteerEntry::admin1Name)
                .contains("Georgia", "Nebraska", "Texas");
        assertThat(gazetteer.candidates("Mosul")).anySatisfy(mosul -> {
            assertThat(mosul.countryCode()).isEqualTo("IQ");
            assertThat(mosul.latitude()).isCloseTo(36.34, within(0.05));
            assertThat(mosul.longitude()).isCloseTo(43.13, within(0.05));
        });
        assertThat(gazetteer.candidates("Africa")).extracting(GazetteerEntry::kind).contains(Kind.REGION);
    }

    @Test
    void shouldKnowTheEnginesAliases() {
        assertThat(gazetteer.candidates("Britain")).contains(gazetteer.country("GB"));
        assertThat(gazetteer.candidates("Turkey")).contains(gazetteer.country("TR"));
        assertThat(gazetteer.candidates("U.S.")).contains(gazetteer.country("US"));
        assertThat(gazetteer.candidates("Calif.")).contains(gazetteer.admin1("US.CA"));
    }

    @Test
    void shouldPlaceDivisionsAtTheMiddleOfTheirArea() {
        // GeoNames puts Texas at 31.25 N 99.25 W and Ontario at 49.25 N 84.5 W, both near their area centroids
        GazetteerEntry texas = gazetteer.admin1("US.TX");
        assertThat(GeoDistance.km(texas.latitude(), texas.longitude(), 31.25, -99.25)).isLessThan(100);
        GazetteerEntry ontario = gazetteer.candidates("Ontario").stream()
                .filter(e -> e.kind() == Kind.ADMIN1).findFirst().orElseThrow();
        assertThat(GeoDistance.km(ontario.latitude(), ontario.longitude(), 49.25, -84.5)).isLessThan(100);
    }
}
