package io.newsflow.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemonymsTest {

    private final Demonyms demonyms = Gazetteer.shared().demonyms();

    @Test
    void shouldFindSingularAndPluralDemonyms() {
        List<Demonyms.Mention> found = demonyms.find("Iranian advisers met Iraqis and two Americans in Mosul.");

        assertThat(found).extracting(Demonyms.Mention::text).containsExactly("Iranian", "Iraqis", "Americans");
        assertThat(found).extracting(m -> m.country().countryCode()).containsExactly("IR", "IQ", "US");
        assertThat(found.get(0).start()).isZero();
        assertThat(found.get(0).end()).isEqualTo(7);
    }

    @Test
    void shouldPreferTheLongestDemonym() {
        assertThat(demonyms.find("South Korean officials said")).singleElement()
                .satisfies(m -> assertThat(m.country().countryCode()).isEqualTo("KR"));
    }

    @Test
    void shouldSkipGroupNamesThatAreNoReferenceToACountry() {
        assertThat(demonyms.find("Native American and African-American groups, Latin American leaders")).isEmpty();
    }

    @Test
    void shouldGiveASharedDemonymToTheMorePopulousCountry() {
        assertThat(demonyms.country("Congolese").countryCode()).isEqualTo("CD");
    }

    @Test
    void shouldIgnoreLowercaseWords() {
        assertThat(demonyms.find("french fries and swiss cheese")).isEmpty();
    }
}
