package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values from the reference, npm {@code vader-sentiment@1.1.3}, run with node
 * ({@code SentimentIntensityAnalyzer.polarity_scores}); it rounds compound to 4 decimals and the shares to 3.
 */
class VaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            VADER is smart, handsome, and funny.                     | 0.8316  | 0     | 0.254 | 0.746
            VADER is smart, handsome, and funny!                     | 0.8439  | 0     | 0.248 | 0.752
            VADER is very smart, handsome, and funny.                | 0.8545  | 0     | 0.299 | 0.701
            VADER is VERY SMART, handsome, and FUNNY!!!              | 0.9342  | 0     | 0.233 | 0.767
            The book was good.                                       | 0.4404  | 0     | 0.508 | 0.492
            At least it isn't a horrible book.                       | 0.431   | 0     | 0.637 | 0.363
            Today SUX!                                               | -0.5461 | 0.779 | 0.221 | 0
            Today only kinda sux! But I'll get by, lol               | 0.2228  | 0.179 | 0.569 | 0.251
            Make sure you :) or :D today!                            | 0.8633  | 0     | 0.294 | 0.706
            Not bad at all                                           | -0.5423 | 0.538 | 0.462 | 0
            The plot was good, but the characters are uncompelling and the dialog is not great. | -0.7042 | 0.327 | 0.579 | 0.094
            This movie was never so good.                            | 0.7279  | 0     | 0.494 | 0.506
            He is the least helpful person.                          | -0.3252 | 0.318 | 0.682 | 0
            The food here is kind of good.                           | 0.3832  | 0     | 0.697 | 0.303
            That was the bomb.                                       | 0.6124  | 0     | 0.429 | 0.571
            Is this really good???                                   | 0.5766  | 0     | 0.446 | 0.554
            Der Hund ist sehr gut und die Katze ist schlecht.        | -0.5994 | 0.302 | 0.698 | 0
            Not good                                                 | 0.4404  | 0     | 0.256 | 0.744
            not good                                                 | -0.3412 | 0.706 | 0.294 | 0
            """)
    void shouldMatchTheReferenceImplementation(String text, double compound, double negative, double neutral,
            double positive) {
        Vader.Scores scores = Vader.reference().polarityScores(text);

        assertThat(scores.compound()).isCloseTo(compound, within(0.00005));
        assertThat(scores.negative()).isCloseTo(negative, within(0.0005));
        assertThat(scores.neutral()).isCloseTo(neutral, within(0.0005));
        assertThat(scores.positive()).isCloseTo(positive, within(0.0005));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''
            '   '
            Catch utf-8 emoji such as 💘 and 💋 and 😁
            """)
    void shouldScoreTextWithoutRatedWordsAsZero(String text) {
        assertThat(Vader.reference().polarityScores(text == null ? "" : text).compound()).isZero();
    }
}
