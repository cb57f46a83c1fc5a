package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropNonNamesTest {

    private final DropNonNames step = new DropNonNames();

    @Test
    void shouldDropPronounsLettersAndLowerCaseWords() {
        assertThat(Marked.after(step, "He/P said X/O and interior/O ministry/O agreed"))
                .isEqualTo("He said X and interior ministry agreed");
    }

    @Test
    void shouldDropAdjectivesMadeFromNames() {
        assertThat(Marked.after(step, "a Hong/L Kong-based/L group")).isEqualTo("a Hong Kong-based group");
    }

    @Test
    void shouldDropNationalities() {
        assertThat(Marked.after(step, "Palestinian/O letter and Hutu/P rebels and Kurds/L")).isEqualTo(
                "Palestinian letter and Hutu rebels and Kurds");
    }

    @Test
    void shouldKeepNames() {
        assertThat(Marked.after(step, "UN/O and Balkans/L")).isEqualTo("UN/O and Balkans/L");
    }
}
