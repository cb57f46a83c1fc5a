package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationDescriptorsTest {

    private final OrganisationDescriptors step = new OrganisationDescriptors();

    @Test
    void shouldRelabelEveryMentionOfADescribedName() {
        assertThat(Marked.after(step, "in Mosul/L , al-Nujaba movement said | al-Nujaba/L leader spoke"))
                .isEqualTo("in Mosul/L , al-Nujaba/O movement said | al-Nujaba/O leader spoke");
    }

    @Test
    void shouldNotTakeNationalitiesSentenceOpenersOrClubs() {
        assertThat(Marked.after(step, "the Iraqi militia | Local newspapers said | the Moscow/L club"))
                .isEqualTo("the Iraqi militia | Local newspapers said | the Moscow/L club");
    }
}
