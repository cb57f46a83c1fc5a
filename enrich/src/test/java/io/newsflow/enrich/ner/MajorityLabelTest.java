package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MajorityLabelTest {

    private final MajorityLabel step = new MajorityLabel();

    @Test
    void shouldGiveEveryMentionOfANameItsMostFrequentLabel() {
        assertThat(Marked.after(step, "Magna/O rose | Magna/P said | MAGNA/O shares"))
                .isEqualTo("Magna/O rose | Magna/O said | MAGNA/O shares");
    }

    @Test
    void shouldLeaveTiesAlone() {
        assertThat(Marked.after(step, "Lotte/O 6 | Lotte/P 5")).isEqualTo("Lotte/O 6 | Lotte/P 5");
    }
}
