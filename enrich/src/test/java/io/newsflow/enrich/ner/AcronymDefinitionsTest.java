package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {

    private final AcronymDefinitions step = new AcronymDefinitions();

    @Test
    void shouldLabelEveryUseOfAnOrganisationsAcronym() {
        assertThat(Marked.after(step, "the State/O Law/O Council/O ( SLORC ) said | SLORC/P denied"))
                .isEqualTo("the State/O Law/O Council/O ( SLORC/O ) said | SLORC/O denied");
    }

    @Test
    void shouldTakeAnUnlabelledNameWhoseInitialsSpellTheAcronym() {
        assertThat(Marked.after(step, "on the Budapest Stock Exchange ( BSE ) | the BSE fell"))
                .isEqualTo("on the Budapest/O Stock/O Exchange/O ( BSE/O ) | the BSE/O fell");
    }

    @Test
    void shouldIgnoreCountriesAfterPeople() {
        assertThat(Marked.after(step, "Michael/P Johnson/P ( U.S. ) won"))
                .isEqualTo("Michael/P Johnson/P ( U.S. ) won");
    }
}
