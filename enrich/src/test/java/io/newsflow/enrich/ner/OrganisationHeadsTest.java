package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationHeadsTest {

    private final OrganisationHeads step = new OrganisationHeads();

    @Test
    void shouldRelabelAPlaceThatEndsInAHeadNoun() {
        assertThat(Marked.after(step, "the Quds/L Force/L commander"))
                .isEqualTo("the Quds/O Force/O commander");
    }

    @Test
    void shouldLabelAnUnlabelledPhraseThatEndsInAHeadNoun() {
        assertThat(Marked.after(step, "from the Popular Mobilisation Forces - or"))
                .isEqualTo("from the Popular/O Mobilisation/O Forces/O - or");
        assertThat(Marked.after(step, "the Test and County Cricket Board said"))
                .isEqualTo("the Test/O and/O County/O Cricket/O Board/O said");
    }

    @Test
    void shouldTakeInAPlaceThatStartsTheName() {
        assertThat(Marked.after(step, "the London/L International Financial Futures Exchange"))
                .isEqualTo("the London/O International/O Financial/O Futures/O Exchange/O");
    }

    @Test
    void shouldLeaveCountriesLoneHeadsAndHeadlinesAlone() {
        assertThat(Marked.after(step, "the Soviet/L Union/L and the Council met"))
                .isEqualTo("the Soviet/L Union/L and the Council met");
        assertThat(Marked.after(step, "MITCHELL DEFEATS BAILEY IN FRONT"))
                .isEqualTo("MITCHELL DEFEATS BAILEY IN FRONT");
    }
}
