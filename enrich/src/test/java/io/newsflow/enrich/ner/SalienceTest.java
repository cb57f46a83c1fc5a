package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SalienceTest {

    @Test
    void shouldWeighTitleThenLedeThenBody() {
        int firstBodySentence = 1;

        assertThat(Salience.weight(at(0), firstBodySentence)).isEqualTo(Salience.TITLE);
        assertThat(Salience.weight(at(1), firstBodySentence)).isEqualTo(Salience.LEDE);
        assertThat(Salience.weight(at(2), firstBodySentence)).isEqualTo(Salience.LEDE);
        assertThat(Salience.weight(at(3), firstBodySentence)).isEqualTo(Salience.BODY);
    }

    @Test
    void shouldGiveEachEntityItsShareOfTheArticle() {
        List<Double> salience = Salience.of(List.of(List.of(at(0), at(5)), List.of(at(7), at(8), at(9))), 1);

        assertThat(salience.get(0)).isCloseTo(4 / 7.0, within(1e-9));
        assertThat(salience.get(1)).isCloseTo(3 / 7.0, within(1e-9));
        assertThat(salience.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    }

    private static NerMention at(int sentence) {
        return new NerMention(sentence * 10, sentence * 10 + 4, "Name", NerLabel.PERSON, sentence);
    }
}
