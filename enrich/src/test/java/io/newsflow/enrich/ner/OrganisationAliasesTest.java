package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationAliasesTest {

    private final OrganisationAliases step = new OrganisationAliases();

    @Test
    void shouldGiveAnAliasAfterCommaOrDashTheOrganisationsLabel() {
        assertThat(Marked.after(step,
                "the Popular/O Mobilisation/O Forces/O - or Hashd/L al-Shaabi/L , | Hashd al-Shaabi fought"))
                .isEqualTo("the Popular/O Mobilisation/O Forces/O - or Hashd/O al-Shaabi/O , "
                        + "| Hashd/O al-Shaabi/O fought");
    }

    @Test
    void shouldNotTouchPlainCoordinationOrPeople() {
        assertThat(Marked.after(step, "Mercantile/O or Commerce/L | Reuters/O , or John/P Smith/P"))
                .isEqualTo("Mercantile/O or Commerce/L | Reuters/O , or John/P Smith/P");
    }
}
