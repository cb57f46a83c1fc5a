package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    private final CountryNames step = new CountryNames();

    @Test
    void shouldLabelCountriesAsPlacesWhateverTheCrfSaid() {
        assertThat(Marked.after(step, "CANADA BEAT PANAMA/O 3-1 | El/O Salvador/O lost"))
                .isEqualTo("CANADA/L BEAT PANAMA/L 3-1 | El/L Salvador/L lost");
    }

    @Test
    void shouldNotTakeACountrysNameUsedAsACommonWord() {
        assertThat(Marked.after(step, "they ate turkey | Turkey was served | in Turkey"))
                .isEqualTo("they ate turkey | Turkey was served | in Turkey/L");
    }
}
