package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.eval.SentimentEvaluation.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentFitTest {

    /** Hand-written sentences: editorials 1 and 5 are the calibration half, 3 the held-out half. */
    private static final List<Example> EXAMPLES = List.of(
            new Example("1_1", 0.5, "The rescue was a great success."),
            new Example("1_2", -0.6, "The flood destroyed homes and killed two people."),
            new Example("1_3", 0.0, "The council meets on Tuesday."),
            new Example("1_4", -0.2, "The mayor is still not convinced."),
            new Example("5_1", 0.3, "Who could object to cleaner air?"),
            new Example("5_2", -0.4, "The pension rules are too generous."),
            new Example("5_3", 0.2, "The new law will reduce crime."),
            new Example("3_1", 0.4, "Volunteers did a wonderful job."),
            new Example("3_2", -0.5, "The decision was a disgrace."),
            new Example("3_3", 0.0, "The report runs to 40 pages."));

    @Test
    void shouldNeverLowerTheCalibrationFitAndReportBothHalves() {
        SentimentFit fit = new SentimentFit(EXAMPLES);

        Calibration fitted = fit.search(SentimentFit.START, SentimentFit.quiet());

        assertThat(pearson(fit.describe(fitted))).isGreaterThanOrEqualTo(pearson(fit.describe(SentimentFit.START)));
        assertThat(fit.describe(fitted)).contains("calibration r=", "held-out r=", "all r=");
    }

    @Test
    void shouldStartFromTheReasonedValuesAndStayNearThem() {
        Calibration start = SentimentFit.START;
        Calibration fitted = Calibration.FITTED;

        assertThat(fitted.negativeWeight()).isBetween(1.0, 2.0);
        assertThat(fitted.gain() * fitted.gain()).as("gain² / alpha 15 close to VADER's 1")
                .isBetween(start.gain() * start.gain() / 2, start.gain() * start.gain() * 2);
        assertThat(fitted.bareNegation()).isNegative();
        assertThat(fitted.excess()).isNegative();
        assertThat(fitted.patternScale()).isBetween(2.0, 6.0);
    }

    private static double pearson(String described) {
        int at = described.indexOf("calibration r=") + "calibration r=".length();
        return Double.parseDouble(described.substring(at, described.indexOf(' ', at)));
    }
}
