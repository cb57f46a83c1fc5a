package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void shouldTakeOffRegularSuffixes() {
        assertThat(Inflections.baseCandidates("bribes")).contains("bribe");
        assertThat(Inflections.baseCandidates("defies")).first().isEqualTo("defy");
        assertThat(Inflections.baseCandidates("flourished")).contains("flourish");
        assertThat(Inflections.baseCandidates("stopped")).first().isEqualTo("stop");
        assertThat(Inflections.baseCandidates("skilled")).first().isEqualTo("skill");
        assertThat(Inflections.baseCandidates("controlled")).contains("control");
        assertThat(Inflections.baseCandidates("agreed")).contains("agree");
        assertThat(Inflections.baseCandidates("angrily")).contains("angry");
        assertThat(Inflections.baseCandidates("dispiritingly")).contains("dispiriting");
    }

    @Test
    void shouldRestoreTheDroppedEFirst() {
        assertThat(Inflections.baseCandidates("hoping")).first().isEqualTo("hope");
        assertThat(Inflections.baseCandidates("faded")).first().isEqualTo("fade");
        assertThat(Inflections.baseCandidates("dining")).as("one syllable would double: dinning")
                .containsExactly("dine");
        assertThat(Inflections.baseCandidates("visited")).contains("visit");
        assertThat(Inflections.baseCandidates("opening")).contains("open");
    }

    @Test
    void shouldNotMakeUpBasesThatSpellingRulesOut() {
        assertThat(Inflections.baseCandidates("passed")).contains("pass").doesNotContain("passe");
        assertThat(Inflections.baseCandidates("passes")).contains("pass").doesNotContain("passe");
        assertThat(Inflections.baseCandidates("lily")).isEmpty();
        assertThat(Inflections.baseCandidates("likely")).as("another sense than 'like'").isEmpty();
    }
}
