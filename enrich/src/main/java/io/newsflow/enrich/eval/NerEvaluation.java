package io.newsflow.enrich.eval;

import io.newsflow.enrich.ner.MentionRefiner;
import io.newsflow.enrich.ner.NamedEntityTagger;
import io.newsflow.enrich.ner.NerLabel;
import io.newsflow.enrich.ner.RefinementStep;
import io.newsflow.enrich.ner.TaggedDocument;
import io.newsflow.enrich.ner.TokenSpan;
import io.newsflow.enrich.ner.iob.EntitySpan;
import io.newsflow.enrich.ner.iob.IobDocument;
import io.newsflow.enrich.ner.iob.IobReader;
import io.newsflow.enrich.ner.iob.SpanScore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the named-entity recogniser on an IOB file (CoNLL-2003 format): each document's tokens are tagged
 * as given, one document at a time (so the document-level steps see the whole document), and the
 * PER/ORG/LOC entities are compared with the gold ones by exact span and type, micro-averaged; MISC is
 * ignored on both sides. See /work/shared/eval/README.md for the definition.
 */
public final class NerEvaluation {

    private final NamedEntityTagger tagger;
    private final MentionRefiner refiner;

    public NerEvaluation(NamedEntityTagger tagger, MentionRefiner refiner) {
        this.tagger = tagger;
        this.refiner = refiner;
    }

    /** The engine's recogniser: the shared CRF and the standard refinement steps. */
    public static NerEvaluation standard() {
        return new NerEvaluation(NamedEntityTagger.shared(), MentionRefiner.standard());
    }

    public Report evaluate(Path iob) throws IOException {
        return evaluate(IobReader.read(iob));
    }

    public Report evaluate(List<IobDocument> documents) {
        SpanScore score = new SpanScore();
        long start = System.nanoTime();
        int tokens = 0;
        for (IobDocument document : documents) {
            TaggedDocument tagged = refiner.refine(tagger.tagTokens(document.words()));
            score.add(document.entities(), predicted(tagged));
            tokens += document.tokenCount();
        }
        return new Report(score, documents.size(), tokens, System.nanoTime() - start);
    }

    /**
     * The effect of each step: the CRF is run once per document, then scored with no step, with the steps
     * up to and including each one (cumulative), and with all steps but one (what that step adds at the end).
     */
    public List<StepEffect> measureSteps(List<IobDocument> documents, List<RefinementStep> steps) {
        List<TaggedDocument> tagged = documents.stream().map(d -> tagger.tagTokens(d.words())).toList();
        List<StepEffect> effects = new ArrayList<>();
        double previous = score(documents, tagged, List.of()).overall().f1();
        double all = score(documents, tagged, steps).overall().f1();
        effects.add(new StepEffect("crf", previous, 0, 0));
        for (int i = 0; i < steps.size(); i++) {
            double upTo = score(documents, tagged, steps.subList(0, i + 1)).overall().f1();
            List<RefinementStep> others = new ArrayList<>(steps);
            others.remove(i);
            double without = score(documents, tagged, others).overall().f1();
            effects.add(new StepEffect(steps.get(i).name(), upTo, upTo - previous, all - without));
            previous = upTo;
        }
        return effects;
    }

    /** Overall F1 after a step: its gain over the steps before it, and the loss when only it is left out. */
    public record StepEffect(String step, double f1, double gain, double leaveOneOutLoss) {
    }

    private static SpanScore score(List<IobDocument> documents, List<TaggedDocument> tagged,
                                   List<RefinementStep> steps) {
        MentionRefiner refiner = new MentionRefiner(steps);
        SpanScore score = new SpanScore();
        for (int i = 0; i < documents.size(); i++) {
            score.add(documents.get(i).entities(), predicted(refiner.refine(tagged.get(i).copy())));
        }
        return score;
    }

    /** The predicted entities with CoNLL type names; token i of the tagged document is token i of the gold. */
    static List<EntitySpan> predicted(TaggedDocument tagged) {
        List<EntitySpan> spans = new ArrayList<>();
        for (TokenSpan span : tagged.spans()) {
            spans.add(new EntitySpan(span.from(), span.to(), conllType(span.label())));
        }
        return spans;
    }

    static String conllType(NerLabel label) {
        return switch (label) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
        };
    }

    /** The scores of one run and its speed. */
    public record Report(SpanScore score, int documents, int tokens, long nanos) {

        public double f1() {
            return score.overall().f1();
        }

        public double tokensPerSecond() {
            return nanos == 0 ? 0 : tokens / (nanos / 1e9);
        }

        /** Per-type precision, recall and F1, the speed, and last the line {@code ner f1=0.NNNN}. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "%-7s %6s %6s %6s %7s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred",
                    "tp");
            for (String type : SpanScore.TYPES) {
                printRow(out, type, score.of(type));
            }
            printRow(out, "overall", score.overall());
            out.printf(Locale.ROOT, "%d documents, %d tokens, %.0f tokens/s%n", documents, tokens,
                    tokensPerSecond());
            out.printf(Locale.ROOT, "ner f1=%.4f%n", f1());
        }

        private static void printRow(PrintStream out, String type, SpanScore.Counts c) {
            out.printf(Locale.ROOT, "%-7s %6.4f %6.4f %6.4f %7d %6d %6d%n", type, c.precision(), c.recall(),
                    c.f1(), c.gold(), c.predicted(), c.truePositives());
        }
    }

    /**
     * {@code NerEvaluation FILE.iob [--crf-only] [--model=classpath/model.crf.ser.gz] [--steps]}: prints the
     * scores; {@code --crf-only} scores the CRF without the refinement steps, {@code --steps} first prints each
     * step's effect. Speed with threads: {@code ./newsflow bench engine}.
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String model = NamedEntityTagger.MODEL;
        boolean crfOnly = false;
        boolean steps = false;
        for (String arg : List.of(args).subList(1, args.length)) {
            if (arg.equals("--crf-only")) {
                crfOnly = true;
            } else if (arg.equals("--steps")) {
                steps = true;
            } else if (arg.startsWith("--model=")) {
                model = arg.substring("--model=".length());
            }
        }
        NamedEntityTagger tagger = model.equals(NamedEntityTagger.MODEL)
                ? NamedEntityTagger.shared() : NamedEntityTagger.load(model);
        NerEvaluation evaluation = new NerEvaluation(tagger, crfOnly ? MentionRefiner.none()
                : MentionRefiner.standard());
        List<IobDocument> documents = IobReader.read(file);
        if (steps) {
            printSteps(evaluation.measureSteps(documents, MentionRefiner.standardSteps()));
        }
        evaluation.evaluate(documents).print(System.out);
    }

    private static void printSteps(List<StepEffect> effects) {
        System.out.printf(Locale.ROOT, "%-24s %7s %8s %8s%n", "step", "F1", "gain", "l-o-o");
        for (StepEffect e : effects) {
            System.out.printf(Locale.ROOT, "%-24s %7.4f %+8.4f %+8.4f%n", e.step(), e.f1(), e.gain(),
                    e.leaveOneOutLoss());
        }
    }
}
