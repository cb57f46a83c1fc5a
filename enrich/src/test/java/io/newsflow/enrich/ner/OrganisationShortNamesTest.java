package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationShortNamesTest {

    private final OrganisationShortNames step = new OrganisationShortNames();

    @Test
    void shouldTakeTheFirstWordOfAnOrganisationForIt() {
        assertThat(Marked.after(step, "Mercantile/O Bancorp/O Inc./O said | analysts like Mercantile | "
                + "Deportivo/O Coruna/O won | Deportivo/P scored"))
                .isEqualTo("Mercantile/O Bancorp/O Inc./O said | analysts like Mercantile/O | "
                        + "Deportivo/O Coruna/O won | Deportivo/O scored");
    }

    @Test
    void shouldSkipGenericWordsPlacesNationalitiesAndCommonWords() {
        String text = "National/O Bank/O | said National | Chicago/O Board/O of/O Trade/O | Chicago/L | "
                + "Iraqi/O National/O Congress/O | Iraqi | Real/O Madrid/O | a real Real chance";
        assertThat(Marked.after(step, text)).isEqualTo(text);
    }
}
