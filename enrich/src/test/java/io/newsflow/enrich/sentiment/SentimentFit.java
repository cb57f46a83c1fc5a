package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.eval.SentimentEvaluation;
import io.newsflow.enrich.eval.SentimentEvaluation.Example;
import io.newsflow.enrich.eval.SentimentEvaluation.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Refits {@link Calibration#FITTED} on the calibration half of a sentiment TSV (the NYT editorial dev set,
 * which the project does not ship) and reports both halves. Not a test: the build never runs it.
 *
 * <pre>
 *   ./mvnw -o -q -pl enrich -am test-compile
 *   ./mvnw -o -q -pl enrich dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -cp enrich/target/test-classes:enrich/target/classes:$(cat /tmp/cp.txt) \
 *       io.newsflow.enrich.sentiment.SentimentFit /path/to/shared/eval/sentiment/nyt-editorial-dev.tsv
 * </pre>
 *
 * <p>Coordinate search: starting from the values reasoning gave, each number in turn takes the value of its
 * grid with the highest Pearson r on the calibration half (editorials ≡ 1 mod 4), the others held; a number
 * moves only for a gain of at least {@link #MIN_GAIN}, so noise does not pull it about. Rounds repeat until
 * nothing moves. The held-out half (≡ 3 mod 4) is only measured, never searched.
 */
public final class SentimentFit {

    /** The least gain in r on the calibration half for which a number leaves its current value. */
    static final double MIN_GAIN = 0.0005;

    /** Where the search starts: the values of the analyzer before it was fitted, Pattern at VADER's scale. */
    static final Calibration START = new Calibration(1.5, 0.5, 3, -0.5, -1.0, 4);

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("negativeWeight", new double[] {1.0, 1.25, 1.5, 1.75, 2.0},
                    Calibration::negativeWeight, (c, v) -> new Calibration(v, c.questionWeight(), c.gain(),
                            c.bareNegation(), c.excess(), c.patternScale())),
            new Parameter("questionWeight", new double[] {0.25, 0.5, 0.75, 1.0},
                    Calibration::questionWeight, (c, v) -> new Calibration(c.negativeWeight(), v, c.gain(),
                            c.bareNegation(), c.excess(), c.patternScale())),
            new Parameter("gain", new double[] {2, 2.5, 3, 3.5, 4},
                    Calibration::gain, (c, v) -> new Calibration(c.negativeWeight(), c.questionWeight(), v,
                            c.bareNegation(), c.excess(), c.patternScale())),
            new Parameter("bareNegation", new double[] {-0.25, -0.5, -0.75, -1.0, -1.25},
                    Calibration::bareNegation, (c, v) -> new Calibration(c.negativeWeight(), c.questionWeight(),
                            c.gain(), v, c.excess(), c.patternScale())),
            new Parameter("excess", new double[] {-0.5, -0.75, -1.0, -1.25, -1.5},
                    Calibration::excess, (c, v) -> new Calibration(c.negativeWeight(), c.questionWeight(),
                            c.gain(), c.bareNegation(), v, c.patternScale())),
            new Parameter("patternScale", new double[] {2, 3, 4, 5, 6},
                    Calibration::patternScale, (c, v) -> new Calibration(c.negativeWeight(), c.questionWeight(),
                            c.gain(), c.bareNegation(), c.excess(), v)));

    private final List<Example> calibrationHalf;
    private final List<Example> heldOutHalf;
    private final List<Example> all;
    private final Map<Double, NewsLexicon> lexicons = new HashMap<>();

    SentimentFit(List<Example> examples) {
        this.all = examples;
        this.calibrationHalf = examples.stream().filter(e -> editorial(e) % 4 == 1).toList();
        this.heldOutHalf = examples.stream().filter(e -> editorial(e) % 4 == 3).toList();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SentimentFit FILE.tsv");
            System.exit(2);
        }
        SentimentFit fit = new SentimentFit(SentimentEvaluation.read(Path.of(args[0])));
        System.out.println("start   " + fit.describe(START));
        Calibration best = fit.search(START, System.out);
        System.out.println("fitted  " + best);
        System.out.println("        " + fit.describe(best));
        System.out.println("commit  " + fit.describe(Calibration.FITTED) + "  " + Calibration.FITTED);
    }

    /** Coordinate search from {@code start}, printing each move to {@code log}. */
    Calibration search(Calibration start, PrintStream log) {
        Calibration current = start;
        double currentR = pearson(current, calibrationHalf);
        boolean moved = true;
        for (int round = 1; moved && round <= 10; round++) {
            moved = false;
            for (Parameter parameter : PARAMETERS) {
                Calibration bestHere = current;
                double bestR = currentR;
                for (double value : parameter.grid()) {
                    Calibration candidate = parameter.with().apply(current, value);
                    double r = pearson(candidate, calibrationHalf);
                    if (r > bestR + MIN_GAIN || r > bestR && bestHere != current) {
                        bestHere = candidate;
                        bestR = r;
                    }
                }
                if (bestHere != current) {
                    log.printf(Locale.ROOT, "round %d: %s %s -> %s, calibration r %.4f -> %.4f%n", round,
                            parameter.name(), parameter.get().applyAsDouble(current),
                            parameter.get().applyAsDouble(bestHere), currentR, bestR);
                    current = bestHere;
                    currentR = bestR;
                    moved = true;
                }
            }
        }
        return current;
    }

    /** A log that prints nothing. */
    static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    String describe(Calibration calibration) {
        Report c = report(calibration, calibrationHalf);
        Report h = report(calibration, heldOutHalf);
        Report a = report(calibration, all);
        return String.format(Locale.ROOT, "calibration r=%.4f f1=%.4f | held-out r=%.4f f1=%.4f | all r=%.4f f1=%.4f",
                c.pearson(), c.macroF1(), h.pearson(), h.macroF1(), a.pearson(), a.macroF1());
    }

    private double pearson(Calibration calibration, List<Example> examples) {
        return report(calibration, examples).pearson();
    }

    private Report report(Calibration calibration, List<Example> examples) {
        NewsLexicon lexicon = lexicons.computeIfAbsent(calibration.patternScale(), NewsLexicon::new);
        SentimentAnalyzer analyzer = new SentimentAnalyzer(lexicon, calibration);
        return new SentimentEvaluation(sentence -> analyzer.analyze(sentence).score()).evaluate(examples);
    }

    private static int editorial(Example example) {
        return Integer.parseInt(example.id().split("_", 2)[0]);
    }

    private record Parameter(String name, double[] grid, ToDoubleFunction<Calibration> get,
            BiFunction<Calibration, Double, Calibration> with) {
    }
}
