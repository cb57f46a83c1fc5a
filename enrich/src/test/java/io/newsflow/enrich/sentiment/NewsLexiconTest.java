package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NewsLexiconTest {

    private final NewsLexicon lexicon = NewsLexicon.shared();

    @Test
    void shouldAverageGradedRatersAndLetTheOpinionListVoteOnTheSign() {
        assertThat(NewsLexicon.combined(1.0, 2.0, null, 0, 4)).isCloseTo((1.0 + 1.6) / 2, within(1e-12));
        assertThat(NewsLexicon.combined(2.0, null, null, 1, 4)).isCloseTo(2.0, within(1e-12));
        assertThat(NewsLexicon.combined(2.0, null, null, -1, 4)).isCloseTo(0.0, within(1e-12));
        assertThat(NewsLexicon.combined(null, 3.0, null, 0, 4)).isCloseTo(2.4, within(1e-12));
        assertThat(NewsLexicon.combined(null, null, null, -1, 4)).isEqualTo(-NewsLexicon.OPINION_VALENCE);
    }

    @Test
    void shouldLetPatternRateOnlyWordsThatAnotherListHolds() {
        assertThat(NewsLexicon.combined(2.0, null, 0.5, 0, 4)).isCloseTo(2.0, within(1e-12));
        assertThat(NewsLexicon.combined(1.0, 2.0, -0.25, 0, 4)).isCloseTo((1.0 + 1.6 - 1.0) / 3, within(1e-12));
        assertThat(NewsLexicon.combined(1.0, null, 0.0, 0, 4)).as("a zero polarity is no vote").isEqualTo(1.0);
        assertThat(NewsLexicon.combined(null, null, 0.5, 1, 4)).as("Pattern's strength, the opinion's sign")
                .isCloseTo(2.0, within(1e-12));
        assertThat(NewsLexicon.combined(null, null, 0.5, 0, 4)).isZero();

        assertThat(Lexicons.pattern()).containsKey("new");
        assertThat(lexicon.valence("new")).as("a plain adjective of news that only Pattern rates").isNull();
        assertThat(lexicon.valence("serious")).as("Pattern's vote makes a mild VADER word stronger")
                .isLessThan(Lexicons.vader().get("serious"));
    }

    @Test
    void shouldKnowEditorialVocabularyThatVaderLacks() {
        assertThat(Lexicons.vader()).doesNotContainKey("corruption");
        assertThat(lexicon.valence("corruption")).isNegative();
        assertThat(lexicon.valence("absurd")).isNegative();
        assertThat(lexicon.valence("flourished")).as("inflected form of a listed base").isPositive();
    }

    @Test
    void shouldLeaveNewsSensesOfRatedWordsNeutral() {
        assertThat(Lexicons.vader()).containsKey("party");
        assertThat(lexicon.valence("party")).isNull();
        assertThat(lexicon.valence("interest")).isNull();
        assertThat(lexicon.valence("opposition")).isNull();
    }
}
