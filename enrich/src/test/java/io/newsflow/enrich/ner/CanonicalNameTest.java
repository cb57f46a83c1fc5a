package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalNameTest {

    @Test
    void shouldPreferMoreWordsThenNormalCaseThenFrequency() {
        assertThat(EntityExtractor.CanonicalName.of(List.of(m("SOLEIMANI"), m("Soleimani"), m("QASSEM SOLEIMANI"),
                m("Qassem Soleimani")))).isEqualTo("Qassem Soleimani");
        assertThat(EntityExtractor.CanonicalName.of(List.of(m("Garver"), m("GARVER"), m("GARVER"))))
                .isEqualTo("Garver");
    }

    @Test
    void shouldKeepShortAcronymsAndJoinLines() {
        assertThat(EntityExtractor.CanonicalName.of(List.of(m("UN"), m("UN")))).isEqualTo("UN");
        assertThat(EntityExtractor.CanonicalName.of(List.of(m("Islamic\nState")))).isEqualTo("Islamic State");
    }

    private static NerMention m(String text) {
        return new NerMention(0, text.length(), text, NerLabel.PERSON, 0);
    }
}
