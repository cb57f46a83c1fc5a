package io.newsflow.enrich.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recognition and resolution scores over a corpus, as the evaluation README defines them: a predicted span is
 * correct when it overlaps a gold toponym not yet matched; precision, recall and F1 count all gold toponyms;
 * resolution is measured over the matched pairs whose gold has coordinates. Broken down by gold type, by how a
 * prediction was found and by the predicted feature class.
 */
public final class GeoScore {

    /** A predicted place name: its span, its point (null when unresolved), and labels for the breakdowns. */
    public record Prediction(int start, int end, Double latitude, Double longitude, String source,
                             String featureClass) {
    }

    /** Counts of one gold type group ({@link GeoCorpus.Toponym#group()}). */
    public static final class TypeCounts {
        private int gold;
        private int found;
        private final ResolutionScore resolution = new ResolutionScore();

        public int gold() {
            return gold;
        }

        public int found() {
            return found;
        }

        public ResolutionScore resolution() {
            return resolution;
        }
    }

    private int predicted;
    private int correct;
    private int gold;
    private final ResolutionScore resolution = new ResolutionScore();
    private final Map<String, TypeCounts> byGoldType = new TreeMap<>();
    private final Map<String, int[]> bySource = new TreeMap<>();
    private final Map<String, ResolutionScore> byPredictedClass = new TreeMap<>();

    /** Scores one article's predictions against its gold toponyms. */
    public void add(List<Prediction> predictions, List<GeoCorpus.Toponym> goldToponyms) {
        List<Prediction> ordered = new ArrayList<>(predictions);
        ordered.sort(Comparator.comparingInt(Prediction::start).thenComparingInt(Prediction::end));
        boolean[] matched = new boolean[goldToponyms.size()];
        for (GeoCorpus.Toponym g : goldToponyms) {
            byGoldType.computeIfAbsent(g.group(), t -> new TypeCounts()).gold++;
        }
        gold += goldToponyms.size();
        predicted += ordered.size();
        for (Prediction p : ordered) {
            int[] source = bySource.computeIfAbsent(p.source(), s -> new int[2]);
            source[0]++;
            int g = firstUnmatchedOverlap(p, goldToponyms, matched);
            if (g >= 0) {
                matched[g] = true;
                correct++;
                source[1]++;
                scorePair(p, goldToponyms.get(g));
            }
        }
    }

    private static int firstUnmatchedOverlap(Prediction p, List<GeoCorpus.Toponym> gold, boolean[] matched) {
        for (int i = 0; i < gold.size(); i++) {
            GeoCorpus.Toponym g = gold.get(i);
            if (!matched[i] && p.start() < g.end() && g.start() < p.end()) {
                return i;
            }
        }
        return -1;
    }

    private void scorePair(Prediction p, GeoCorpus.Toponym g) {
        TypeCounts type = byGoldType.get(g.group());
        type.found++;
        if (g.hasCoordinates()) {
            resolution.add(p.latitude(), p.longitude(), g.latitude(), g.longitude());
            type.resolution.add(p.latitude(), p.longitude(), g.latitude(), g.longitude());
            byPredictedClass.computeIfAbsent(p.featureClass(), c -> new ResolutionScore())
                    .add(p.latitude(), p.longitude(), g.latitude(), g.longitude());
        }
    }

    public int predicted() {
        return predicted;
    }

    public int correct() {
        return correct;
    }

    public int gold() {
        return gold;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public ResolutionScore resolution() {
        return resolution;
    }

    public Map<String, TypeCounts> byGoldType() {
        return byGoldType;
    }

    /** Per source: {predicted, correct}. */
    public Map<String, int[]> bySource() {
        return bySource;
    }

    public Map<String, ResolutionScore> byPredictedClass() {
        return byPredictedClass;
    }
}
