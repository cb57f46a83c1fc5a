package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SportsTeamsTest {

    private final SportsTeams step = new SportsTeams();

    @Test
    void shouldTakeTownsWhereTeamsStandForTeamsInASportsReport() {
        assertThat(Marked.after(step, "Leicestershire/O beat Somerset/L by an innings in the match | "
                + "Cleveland/L 5 Boston/O 3 | the team won the game in Chicago/L"))
                .isEqualTo("Leicestershire/O beat Somerset/O by an innings in the match | "
                        + "Cleveland/O 5 Boston/O 3 | the team won the game in Chicago/L");
    }

    @Test
    void shouldKeepCountriesAsPlaces() {
        assertThat(Marked.after(step, "England/L beat Pakistan/L by 107 runs in the match and won the series"))
                .isEqualTo("England/L beat Pakistan/L by 107 runs in the match and won the series");
    }

    @Test
    void shouldDoNothingOutsideSportsReports() {
        assertThat(Marked.after(step, "the army beat back rebels near Mosul/L 5 km from town"))
                .isEqualTo("the army beat back rebels near Mosul/L 5 km from town");
    }
}
