package io.newsflow.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.geo.PlaceResolver;
import io.newsflow.enrich.geo.ToponymSpotter;
import io.newsflow.enrich.ner.NerLabel;
import io.newsflow.enrich.ner.NerMention;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvaluationTest {

    @TempDir
    Path dir;

    /** A stand-in for the CRF: labels the given names LOCATION wherever they occur. */
    private static Function<String, List<NerMention>> locations(String... names) {
        return text -> {
            List<NerMention> mentions = new ArrayList<>();
            for (String name : names) {
                for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                    mentions.add(new NerMention(i, i + name.length(), name, NerLabel.LOCATION, 0));
                }
            }
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return mentions;
        };
    }

    private GeoEvaluation.Report evaluate(String xml, String... names) throws IOException {
        Path file = dir.resolve("corpus.xml");
        Files.writeString(file, xml);
        return new GeoEvaluation(locations(names), ToponymSpotter.shared(), PlaceResolver.shared()).evaluate(file);
    }

    @Test
    void shouldScoreRecognitionAndResolutionOfAnLglCorpus() throws IOException {
        GeoEvaluation.Report report = evaluate(GeoFixtures.LGL, "Paris", "Texas");

        assertThat(report.format()).isEqualTo(GeoCorpus.Format.LGL);
        assertThat(report.engine().correct()).isEqualTo(2);
        assertThat(report.engine().recall()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        // Paris next to Texas is Paris, Texas
        assertThat(report.engine().resolution().accuracyAt161()).isEqualTo(1.0);
    }

    @Test
    void shouldResolveTheGoldSpansToo() throws IOException {
        GeoEvaluation.Report report = evaluate(GeoFixtures.LGL);

        assertThat(report.engine().predicted()).isZero();
        assertThat(report.goldSpans().resolution().count()).isEqualTo(2);
    }

    @Test
    void shouldEndItsReportWithTheSummaryLine() throws IOException {
        GeoEvaluation.Report report = evaluate(GeoFixtures.GEOVIRUS, "Kenya", "Uganda", "Lake Victoria");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).contains("GEOVIRUS format", "1 articles", "4 gold toponyms");
        assertThat(lines).anyMatch(l -> l.contains("gold spans gold continent"));
        assertThat(lines.get(lines.size() - 1))
                .matches("geo f1=0\\.\\d{4} acc161=[01]\\.\\d{4} auc=[01]\\.\\d{4} mean_km=\\d+")
                .isEqualTo(report.summaryLine());
    }
}
