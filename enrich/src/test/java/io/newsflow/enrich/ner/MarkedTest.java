package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedTest {

    @Test
    void shouldBuildTokensWithOffsetsSentencesAndLabels() {
        TaggedDocument document = Marked.of("Chris/P Garver/P spoke | in Iraq/L");

        assertThat(document.text()).isEqualTo("Chris Garver spoke in Iraq");
        assertThat(document.token(4)).isEqualTo(new Token("Iraq", 22, 26, 1));
        assertThat(document.mentions()).containsExactly(
                new NerMention(0, 12, "Chris Garver", NerLabel.PERSON, 0),
                new NerMention(22, 26, "Iraq", NerLabel.LOCATION, 1));
        assertThat(Marked.render(document)).isEqualTo("Chris/P Garver/P spoke | in Iraq/L");
    }
}
