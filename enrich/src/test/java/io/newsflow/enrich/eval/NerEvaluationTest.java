package io.newsflow.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.ner.MentionRefiner;
import io.newsflow.enrich.ner.NamedEntityTagger;
import io.newsflow.enrich.ner.iob.EntitySpan;
import io.newsflow.enrich.ner.iob.IobReader;
import io.newsflow.enrich.ner.iob.SpanScore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

    private static final String FIXTURE = """
            -DOCSTART- -X- -X- O

            Chris NNP B-NP B-PER
            Garver NNP I-NP I-PER
            spoke VBD B-VP O
            in IN B-PP O
            Baghdad NNP B-NP B-LOC
            . . O O

            The DT B-NP O
            Iranian JJ I-NP B-MISC
            general NN I-NP O
            visited VBD B-VP O
            Mosul NNP B-NP B-LOC
            . . O O
            """;

    @Test
    void shouldPrintPerTypeScoresAndEndWithTheF1Line() {
        SpanScore score = new SpanScore();
        score.add(List.of(new EntitySpan(0, 2, "PER"), new EntitySpan(4, 5, "LOC"), new EntitySpan(6, 7, "ORG")),
                List.of(new EntitySpan(0, 2, "PER"), new EntitySpan(4, 5, "LOC")));
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            String[] lines = print(new NerEvaluation.Report(score, 1, 10, 2_000_000_000L)).split("\n");

            assertThat(lines[0]).startsWith("type");
            assertThat(lines[2]).startsWith("ORG     0.0000 0.0000 0.0000       1      0      0");
            assertThat(lines[4]).startsWith("overall 1.0000 0.6667 0.8000       3      2      2");
            assertThat(lines[5]).isEqualTo("1 documents, 10 tokens, 5 tokens/s");
            assertThat(lines[lines.length - 1]).isEqualTo("ner f1=0.8000");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldTagEachDocumentsTokensAsGivenAndScoreThem() throws Exception {
        NerEvaluation evaluation = new NerEvaluation(NamedEntityTagger.shared(), MentionRefiner.standard());

        NerEvaluation.Report report = evaluation.evaluate(IobReader.read(new StringReader(FIXTURE)));

        assertThat(report.tokens()).isEqualTo(12);
        assertThat(report.score().overall().gold()).isEqualTo(3);
        assertThat(report.f1()).isEqualTo(1.0);
    }

    private static String print(NerEvaluation.Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
