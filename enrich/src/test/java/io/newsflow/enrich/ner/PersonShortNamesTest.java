package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonShortNamesTest {

    private final PersonShortNames step = new PersonShortNames();

    @Test
    void shouldTakeTheSurnameOfAPersonNamedInFullForThatPerson() {
        assertThat(Marked.after(step, "finalist MaliVai/P Washington/P lost | Washington/L fell | said Washington"))
                .isEqualTo("finalist MaliVai/P Washington/P lost | Washington/P fell | said Washington/P");
    }

    @Test
    void shouldNotTakeASurnameInsideALongerName() {
        assertThat(Marked.after(step, "Neil/P Jordan/P spoke | Michael Jordan played"))
                .isEqualTo("Neil/P Jordan/P spoke | Michael Jordan played");
    }

    @Test
    void shouldIgnoreGenerationalSuffixes() {
        assertThat(Marked.after(step, "Al/P Unser/P Jr/P won | Jr said"))
                .isEqualTo("Al/P Unser/P Jr/P won | Jr said");
    }
}
