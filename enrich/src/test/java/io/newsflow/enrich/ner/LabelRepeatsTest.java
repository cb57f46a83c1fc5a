package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelRepeatsTest {

    private final LabelRepeats step = new LabelRepeats();

    @Test
    void shouldLabelUnlabelledRepeatsIncludingHeadlinesInCapitals() {
        assertThat(Marked.after(step, "ROTOR FANS LOCKED OUT | Rotor/O fans were locked out | Rotor/O lost | "
                + "despite the defeat , Rotor are well placed"))
                .isEqualTo("ROTOR/O FANS LOCKED OUT | Rotor/O fans were locked out | Rotor/O lost | "
                        + "despite the defeat , Rotor/O are well placed");
    }

    @Test
    void shouldNotLabelARepeatInsideALongerCapitalisedName() {
        assertThat(Marked.after(step, "Jordan/L said | Michael Jordan scored"))
                .isEqualTo("Jordan/L said | Michael Jordan scored");
    }

    @Test
    void shouldNotLabelCommonWordsAtTheStartOfASentence() {
        assertThat(Marked.after(step, "off-spinner Such/P took four | Such a win was rare | such is life"))
                .isEqualTo("off-spinner Such/P took four | Such a win was rare | such is life");
    }

    @Test
    void shouldNotSpreadALabelTheCrfGaveLessOftenThanItWithheld() {
        assertThat(Marked.after(step, "his Wimbledon/O final | a Wimbledon connection | the Wimbledon semifinals"))
                .isEqualTo("his Wimbledon/O final | a Wimbledon connection | the Wimbledon semifinals");
    }

    @Test
    void shouldNotExtendANameIntoAHeadlineWordUsedInNames() {
        assertThat(Marked.after(step, "HONG KONG OPEN RESULTS | the Hong/L Kong/L Open was played"))
                .isEqualTo("HONG KONG OPEN RESULTS | the Hong/L Kong/L Open was played");
    }
}
