package io.newsflow.enrich.ner.iob;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitySpanTest {

    @Test
    void shouldReadIob2BeginAndInsideTags() {
        assertThat(EntitySpan.fromTags(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC")))
                .containsExactly(new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC"),
                        new EntitySpan(4, 6, "LOC"));
    }

    @Test
    void shouldOpenAnEntityAtAnInsideTagAfterOutsideOrAnotherType() {
        assertThat(EntitySpan.fromTags(List.of("I-ORG", "I-ORG", "I-LOC", "O", "I-MISC")))
                .containsExactly(new EntitySpan(0, 2, "ORG"), new EntitySpan(2, 3, "LOC"),
                        new EntitySpan(4, 5, "MISC"));
    }

    @Test
    void shouldCloseAnEntityAtTheEndOfTheSentence() {
        assertThat(EntitySpan.fromTags(List.of("O", "B-ORG", "I-ORG"))).containsExactly(new EntitySpan(1, 3, "ORG"));
    }
}
