package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventNamesTest {

    private final EventNames step = new EventNames();

    @Test
    void shouldUnlabelANameFollowedByAnEventWord() {
        assertThat(Marked.after(step, "at the U.S./L Open and the Fed/O Cup"))
                .isEqualTo("at the U.S. Open and the Fed Cup");
    }

    @Test
    void shouldUnlabelANameEndingInAnEventWord() {
        assertThat(Marked.after(step, "his first PGA/O Tour/O victory")).isEqualTo("his first PGA Tour victory");
    }

    @Test
    void shouldUnlabelThePlaceOfATour() {
        assertThat(Marked.after(step, "the Tour of the Netherlands/L")).isEqualTo("the Tour of the Netherlands");
    }

    @Test
    void shouldKeepPlacesBeforeOrdinaryWords() {
        assertThat(Marked.after(step, "the open market in Berlin/L opened"))
                .isEqualTo("the open market in Berlin/L opened");
    }
}
