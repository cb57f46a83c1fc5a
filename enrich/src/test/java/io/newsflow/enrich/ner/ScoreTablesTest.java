package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreTablesTest {

    private final ScoreTables step = new ScoreTables();

    private static final String HEADER = "Results of league matches played on Saturday in the division : | ";

    @Test
    void shouldTakeEveryNameBeforeAScoreForATeamInATableOfTeams() {
        assertThat(Marked.after(step, HEADER + "Harlequins/O 75 Gloucester/O 19 | Bath 56 Sale 31 | "
                + "Lotte/P 6 Hyundai/O 2 | Stoke 4 3 1 0 7 4 10"))
                .isEqualTo(HEADER + "Harlequins/O 75 Gloucester/O 19 | Bath/O 56 Sale/O 31 | "
                        + "Lotte/O 6 Hyundai/O 2 | Stoke/O 4 3 1 0 7 4 10");
    }

    @Test
    void shouldLeaveAScorecardOfPlayersAlone() {
        String scorecard = HEADER + "Glamorgan/O 259 ( A./P Dale/P 69 , H./P Morris/P 69 ; Such 5 ) | "
                + "Kent/O 244 ( C./P Hooper/P 58 , Fleming/P 3 )";
        assertThat(Marked.after(step, scorecard)).isEqualTo(scorecard);
    }

    @Test
    void shouldKeepCountriesAndDatesOutOfTheTeams() {
        assertThat(Marked.after(step, HEADER + "Leeds/O 2 Hull/O 1 York/O 0 | Germany/L 2 | on May 13"))
                .isEqualTo(HEADER + "Leeds/O 2 Hull/O 1 York/O 0 | Germany/L 2 | on May 13");
    }
}
