package io.newsflow.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.enrich.eval.SentimentEvaluation.ClassScores;
import io.newsflow.enrich.eval.SentimentEvaluation.Report;
import io.newsflow.enrich.sentiment.Polarity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentEvaluationTest {

    @Test
    void shouldComputePerClassScoresAndMacroF1OfATinyConfusion() {
        // gold:      pos  pos  neg   neg  neu  neu
        // predicted: pos  pos  neg   neu  neu  neu (0.04 and exactly 0.05 are inside the neutral band)
        double[] gold = {0.5, 0.25, -0.5, -0.25, 0.0, 0.05};
        double[] predicted = {0.9, 0.06, -0.3, 0.05, 0.0, 0.04};

        Report report = SentimentEvaluation.report(gold, predicted);

        ClassScores positive = scores(report, Polarity.POSITIVE);
        ClassScores negative = scores(report, Polarity.NEGATIVE);
        ClassScores neutral = scores(report, Polarity.NEUTRAL);
        assertThat(positive.f1()).isCloseTo(1.0, within(1e-12));
        assertThat(negative.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(negative.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(negative.f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(neutral.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(neutral.recall()).isCloseTo(1.0, within(1e-12));
        assertThat(neutral.f1()).isCloseTo(0.8, within(1e-12));
        assertThat(report.macroF1()).isCloseTo((1.0 + 2.0 / 3 + 0.8) / 3, within(1e-12));
    }

    @Test
    void shouldReadTheTsvScaleRatingsAndPrintTheLastLineExactly(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("tiny.tsv");
        Files.writeString(tsv, "1_1\t2.0\tgood\n1_2\t-4\tbad\n\n3_1\t0.1\tplain\n", StandardCharsets.UTF_8);
        Map<String, Double> scores = Map.of("good", 0.5, "bad", -0.25, "plain", 0.0);

        Report report = new SentimentEvaluation(scores::get).evaluate(tsv);

        assertThat(SentimentEvaluation.read(tsv)).extracting(SentimentEvaluation.Example::gold)
                .containsExactly(0.5, -1.0, 0.025);
        assertThat(report.sentences()).isEqualTo(3);
        assertThat(report.pearson()).isCloseTo(Metrics.pearson(new double[] {0.5, -1.0, 0.025},
                new double[] {0.5, -0.25, 0.0}), within(1e-12));
        String printed = print(report);
        String[] lines = printed.strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("sentiment r=0\\.\\d{4} f1=1\\.0000");
        assertThat(printed).contains("negative", "neutral", "positive");
    }

    private static ClassScores scores(Report report, Polarity polarity) {
        return report.classes().stream().filter(c -> c.polarity() == polarity).findFirst().orElseThrow();
    }

    private static String print(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
