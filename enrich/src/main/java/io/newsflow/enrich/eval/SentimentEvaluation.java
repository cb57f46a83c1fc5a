package io.newsflow.enrich.eval;

import io.newsflow.enrich.sentiment.Polarity;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.sentiment.Vader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Sentiment evaluation as {@code shared/eval/README.md} defines it: each sentence of a TSV file
 * ({@code id<TAB>mean rating −4…+4<TAB>sentence}) is scored alone, gold is rating / 4; Pearson r between gold
 * and score; classes positive &gt; 0.05, negative &lt; −0.05, else neutral; macro F1 over the three classes.
 */
public final class SentimentEvaluation {

    private final ToDoubleFunction<String> scorer;

    /** Evaluates the engine's analyzer (no masks: a sentence alone has no entity spans). */
    public SentimentEvaluation() {
        this(sentence -> SentimentAnalyzer.shared().analyze(sentence).score());
    }

    /** Evaluates any scorer of a sentence into [−1, 1]. */
    public SentimentEvaluation(ToDoubleFunction<String> scorer) {
        this.scorer = scorer;
    }

    /** One line of the TSV file. */
    public record Example(String id, double gold, String sentence) {
    }

    /** Precision, recall and F1 of one class, with how often it is gold and predicted. */
    public record ClassScores(Polarity polarity, int gold, int predicted, int correct) {
        public double precision() {
            return Metrics.ratio(correct, predicted);
        }

        public double recall() {
            return Metrics.ratio(correct, gold);
        }

        public double f1() {
            return Metrics.f1(precision(), recall());
        }
    }

    /** The figures of one run. */
    public record Report(int sentences, double pearson, List<ClassScores> classes) {

        public double macroF1() {
            return classes.stream().mapToDouble(ClassScores::f1).average().orElse(0);
        }

        /** Per-class detail, then the last line {@code sentiment r=0.NNNN f1=0.NNNN}. */
        public void print(PrintStream out) {
            out.println("class      gold  predicted  precision  recall  f1");
            for (ClassScores c : classes) {
                out.println(String.format(Locale.ROOT, "%-9s %5d  %9d  %9.4f  %6.4f  %6.4f",
                        c.polarity().name().toLowerCase(Locale.ROOT), c.gold(), c.predicted(), c.precision(),
                        c.recall(), c.f1()));
            }
            out.println("sentences=" + sentences);
            out.println(String.format(Locale.ROOT, "sentiment r=%.4f f1=%.4f", pearson, macroF1()));
        }
    }

    public Report evaluate(Path tsv) throws IOException {
        return evaluate(read(tsv));
    }

    public Report evaluate(List<Example> examples) {
        double[] gold = new double[examples.size()];
        double[] predicted = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            gold[i] = examples.get(i).gold();
            predicted[i] = scorer.applyAsDouble(examples.get(i).sentence());
        }
        return report(gold, predicted);
    }

    /** The report of gold and predicted scores, pairwise. */
    public static Report report(double[] gold, double[] predicted) {
        Map<Polarity, int[]> counts = new EnumMap<>(Polarity.class);
        for (Polarity polarity : Polarity.values()) {
            counts.put(polarity, new int[3]);
        }
        for (int i = 0; i < gold.length; i++) {
            Polarity truth = Polarity.of(gold[i]);
            Polarity guess = Polarity.of(predicted[i]);
            counts.get(truth)[0]++;
            counts.get(guess)[1]++;
            if (truth == guess) {
                counts.get(truth)[2]++;
            }
        }
        List<ClassScores> classes = new ArrayList<>();
        counts.forEach((polarity, c) -> classes.add(new ClassScores(polarity, c[0], c[1], c[2])));
        return new Report(gold.length, Metrics.pearson(gold, predicted), classes);
    }

    /** Reads the TSV format; gold is the mean rating divided by 4. */
    public static List<Example> read(Path tsv) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            if (fields.length < 3) {
                throw new IllegalArgumentException(tsv + ":" + (n + 1) + ": expected id, rating and sentence");
            }
            examples.add(new Example(fields[0], Double.parseDouble(fields[1].trim()) / 4, fields[2]));
        }
        return examples;
    }

    /**
     * For one's own runs: {@code FILE [--vader] [--part calibration|holdout]}. {@code --vader} scores with the
     * faithful VADER port instead of the analyzer. The parts split the NYT dev set by editorial (the number
     * before '_' in the id): calibration ≡ 1 (mod 4), holdout ≡ 3 (mod 4).
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: SentimentEvaluation FILE.tsv [--vader] [--part calibration|holdout]");
            System.exit(2);
        }
        List<String> options = List.of(args).subList(1, args.length);
        SentimentEvaluation evaluation = options.contains("--vader")
                ? new SentimentEvaluation(sentence -> Vader.reference().polarityScores(sentence).compound())
                : new SentimentEvaluation();
        Predicate<Example> part = part(options);
        List<Example> examples = read(Path.of(args[0])).stream().filter(part).toList();
        evaluation.evaluate(examples).print(System.out);
    }

    private static Predicate<Example> part(List<String> options) {
        int index = options.indexOf("--part");
        if (index < 0 || index + 1 >= options.size()) {
            return example -> true;
        }
        int remainder = switch (options.get(index + 1)) {
            case "calibration" -> 1;
            case "holdout" -> 3;
            default -> throw new IllegalArgumentException("unknown part " + options.get(index + 1));
        };
        return example -> Integer.parseInt(example.id().split("_", 2)[0]) % 4 == remainder;
    }
}
