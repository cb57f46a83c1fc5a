package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrimMentionEdgesTest {

    private final TrimMentionEdges step = new TrimMentionEdges();

    @Test
    void shouldTakePunctuationOffTheEdges() {
        assertThat(Marked.after(step, "said . --/P Luli/P Popescu/P ,"))
                .isEqualTo("said . -- Luli/P Popescu/P ,");
    }

    @Test
    void shouldTakeDatesAndNumbersOffTheFrontOfOrganisations() {
        assertThat(Marked.after(step, "the August/O National/O Association/O | the 1979/O Democracy/O Wall/O"))
                .isEqualTo("the August National/O Association/O | the 1979 Democracy/O Wall/O");
    }

    @Test
    void shouldKeepMonthNamesThatAreFirstNames() {
        assertThat(Marked.after(step, "Jan/P Kroslak/P won")).isEqualTo("Jan/P Kroslak/P won");
    }

    @Test
    void shouldCutEverythingUpToABasedModifier() {
        assertThat(Marked.after(step, "St./O Louis-based/O Mercantile/O Bancorp/O"))
                .isEqualTo("St. Louis-based Mercantile/O Bancorp/O");
    }

    @Test
    void shouldTakeTitlesOffPersonsButNotTheLastWord() {
        assertThat(Marked.after(step, "General/P Soleimani/P and Col./P Chris/P Garver/P and Major/P said"))
                .isEqualTo("General Soleimani/P and Col. Chris/P Garver/P and Major/P said");
    }

    @Test
    void shouldTakeTrailingLowerCaseNounsOff() {
        assertThat(Marked.after(step, "in Jiangsu/L province/L ,")).isEqualTo("in Jiangsu/L province ,");
    }

    @Test
    void shouldKeepAClosingBracketThatBelongsToTheName() {
        assertThat(Marked.after(step, "Mladost/O (/O L/O )/O 2")).isEqualTo("Mladost/O (/O L/O )/O 2");
    }
}
