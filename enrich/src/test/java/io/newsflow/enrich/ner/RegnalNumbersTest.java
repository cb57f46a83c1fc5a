package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegnalNumbersTest {

    private final RegnalNumbers step = new RegnalNumbers();

    @Test
    void shouldExtendAPersonOverARegnalNumber() {
        assertThat(Marked.after(step, "Queen Elizabeth/P I born | of Henry/P VIII and"))
                .isEqualTo("Queen Elizabeth/P I/P born | of Henry/P VIII/P and");
    }

    @Test
    void shouldNotTakeThePronounAfterAFullName() {
        assertThat(Marked.after(step, "said John/P Smith/P I think"))
                .isEqualTo("said John/P Smith/P I think");
    }
}
