package io.newsflow.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void shouldIgnoreCasePeriodsAndApostrophes() {
        assertThat(NameKey.of("U.S.")).isEqualTo(NameKey.of("US")).isEqualTo("us");
        assertThat(NameKey.of("Martha’s Vineyard")).isEqualTo(NameKey.of("MARTHAS VINEYARD"));
    }

    @Test
    void shouldIgnoreDiacritics() {
        assertThat(NameKey.of("Zürich")).isEqualTo("zurich");
        assertThat(NameKey.of("Québec")).isEqualTo(NameKey.of("Quebec"));
    }

    @Test
    void shouldTreatHyphensAndRunsOfSpacesAsOneSpace() {
        assertThat(NameKey.of("Winston-Salem")).isEqualTo("winston salem");
        assertThat(NameKey.of("  New   York ")).isEqualTo("new york");
    }

    @Test
    void shouldDropALeadingThe() {
        assertThat(NameKey.of("the Philippines")).isEqualTo(NameKey.of("Philippines"));
        assertThat(NameKey.of("Theodore")).isEqualTo("theodore");
    }

    @Test
    void shouldUnifyAbbreviatedSaintsMountsAndForts() {
        assertThat(NameKey.of("St. Louis")).isEqualTo(NameKey.of("Saint Louis")).isEqualTo("st louis");
        assertThat(NameKey.of("Mt. Pleasant")).isEqualTo(NameKey.of("Mount Pleasant"));
        assertThat(NameKey.of("Ft. Worth")).isEqualTo(NameKey.of("Fort Worth"));
    }

    @Test
    void shouldGiveAnEmptyKeyToPunctuation() {
        assertThat(NameKey.of(" . - ")).isEmpty();
    }
}
