package io.newsflow.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.enrich.geo.GeoDistance;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoScoreTest {

    private static GeoCorpus.Toponym gold(int start, int end, Double lat, Double lon) {
        return new GeoCorpus.Toponym(start, end, "x", lat, lon, lat == null ? "none" : "PPL");
    }

    private static GeoScore.Prediction predicted(int start, int end, Double lat, Double lon) {
        return new GeoScore.Prediction(start, end, lat, lon, "NER", "CITY");
    }

    @Test
    void shouldCountAPredictionCorrectWhenItOverlapsAnUnmatchedGoldToponym() {
        GeoScore score = new GeoScore();
        List<GeoCorpus.Toponym> gold = List.of(gold(0, 5, 10.0, 10.0), gold(10, 20, null, null),
                gold(30, 35, 0.0, 0.0));

        // the second prediction overlaps the first gold too, but it is taken: it matches nothing
        score.add(List.of(predicted(2, 8, 10.0, 10.0), predicted(0, 3, 10.0, 10.0), predicted(15, 25, null, null),
                predicted(40, 45, 0.0, 0.0)), gold);

        assertThat(score.predicted()).isEqualTo(4);
        assertThat(score.correct()).isEqualTo(2);
        assertThat(score.gold()).isEqualTo(3);
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.f1()).isCloseTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), within(1e-12));
    }

    @Test
    void shouldMeasureResolutionOnlyOverMatchedPairsWithGoldCoordinates() {
        GeoScore score = new GeoScore();
        List<GeoCorpus.Toponym> gold = List.of(gold(0, 5, 0.0, 0.0), gold(10, 15, null, null),
                gold(20, 25, 0.0, 0.0), gold(30, 35, 0.0, 0.0));

        // exact; matched but no gold point; 2 degrees off (222 km); unresolved (no point)
        score.add(List.of(predicted(0, 5, 0.0, 0.0), predicted(10, 15, 5.0, 5.0), predicted(20, 25, 2.0, 0.0),
                predicted(30, 35, null, null)), gold);

        ResolutionScore r = score.resolution();
        double twoDegrees = GeoDistance.km(0, 0, 2, 0);
        assertThat(r.count()).isEqualTo(3);
        assertThat(r.accuracyAt161()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.meanKm()).isCloseTo((0 + twoDegrees + 20039) / 3, within(1e-9));
        double ln = Math.log(20039);
        assertThat(r.auc()).isCloseTo((0 + Math.log(1 + twoDegrees) / ln + Math.log(1 + 20039) / ln) / 3, within(1e-12));
    }

    @Test
    void shouldCountAnErrorOf161KmAsAccurate() {
        ResolutionScore r = new ResolutionScore();
        double lat = 161 / GeoDistance.km(0, 0, 1, 0);
        r.add(lat - 1e-9, 0.0, 0, 0);
        r.add(lat + 1e-3, 0.0, 0, 0);

        assertThat(r.accuracyAt161()).isEqualTo(0.5);
    }

    @Test
    void shouldBreakDownByGoldTypeSourceAndPredictedClass() {
        GeoScore score = new GeoScore();
        score.add(List.of(predicted(0, 5, 0.0, 0.0)), List.of(gold(0, 5, 0.0, 0.0), gold(10, 15, null, null)));

        assertThat(score.byGoldType().get("city").gold()).isEqualTo(1);
        assertThat(score.byGoldType().get("city").found()).isEqualTo(1);
        assertThat(score.byGoldType().get("none").found()).isZero();
        assertThat(score.bySource().get("NER")).containsExactly(1, 1);
        assertThat(score.byPredictedClass().get("CITY").count()).isEqualTo(1);
    }

    @Test
    void shouldScoreNothingAsZero() {
        GeoScore score = new GeoScore();

        assertThat(score.f1()).isZero();
        assertThat(score.resolution().accuracyAt161()).isZero();
    }
}
