package io.newsflow.enrich.ner.iob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScoreTest {

    @Test
    void shouldCountOnlyExactSpanAndTypeMatchesAsCorrect() {
        SpanScore score = new SpanScore();

        score.add(List.of(new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC"), new EntitySpan(5, 7, "ORG")),
                List.of(new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "ORG"), new EntitySpan(5, 6, "ORG")));

        assertThat(score.of("PER").truePositives()).isEqualTo(1);
        assertThat(score.of("LOC").falseNegatives()).isEqualTo(1);
        assertThat(score.of("ORG").falsePositives()).isEqualTo(2);
        assertThat(score.of("ORG").falseNegatives()).isEqualTo(1);
        assertThat(score.overall().precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.overall().recall()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void shouldIgnoreMiscOnBothSides() {
        SpanScore score = new SpanScore();

        score.add(List.of(new EntitySpan(0, 1, "MISC"), new EntitySpan(2, 3, "LOC")),
                List.of(new EntitySpan(0, 1, "MISC"), new EntitySpan(2, 3, "LOC"), new EntitySpan(4, 5, "MISC")));

        assertThat(score.overall().gold()).isEqualTo(1);
        assertThat(score.overall().predicted()).isEqualTo(1);
        assertThat(score.overall().f1()).isEqualTo(1.0);
    }

    @Test
    void shouldMicroAverageOverTypesAndDocuments() {
        SpanScore score = new SpanScore();

        score.add(List.of(new EntitySpan(0, 1, "PER"), new EntitySpan(1, 2, "PER")),
                List.of(new EntitySpan(0, 1, "PER")));
        score.add(List.of(new EntitySpan(0, 1, "LOC")),
                List.of(new EntitySpan(0, 1, "LOC"), new EntitySpan(2, 3, "ORG")));

        SpanScore.Counts all = score.overall();
        assertThat(all.truePositives()).isEqualTo(2);
        assertThat(all.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(all.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(all.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void shouldScoreZeroWithoutPredictionsOrGold() {
        SpanScore score = new SpanScore();

        score.add(List.of(), List.of());

        assertThat(score.overall().precision()).isZero();
        assertThat(score.overall().recall()).isZero();
        assertThat(score.overall().f1()).isZero();
    }
}
