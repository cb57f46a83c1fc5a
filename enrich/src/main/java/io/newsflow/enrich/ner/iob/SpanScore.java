package io.newsflow.enrich.ner.iob;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level scores: a predicted entity is correct when a gold entity has exactly its span and type.
 * Only the scored types count (others, such as MISC, are dropped from gold and predictions alike); the
 * overall figure is micro-averaged over them. Not thread-safe.
 */
public final class SpanScore {

    /** PER, ORG, LOC: the types the engine names. */
    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    private final Map<String, Counts> byType = new LinkedHashMap<>();

    public SpanScore() {
        TYPES.forEach(type -> byType.put(type, new Counts()));
    }

    /** Adds one document's gold and predicted entities. */
    public void add(List<EntitySpan> gold, List<EntitySpan> predicted) {
        Set<EntitySpan> goldSet = scored(gold);
        Set<EntitySpan> predictedSet = scored(predicted);
        for (EntitySpan span : predictedSet) {
            if (goldSet.contains(span)) {
                byType.get(span.type()).truePositives++;
            } else {
                byType.get(span.type()).falsePositives++;
            }
        }
        for (EntitySpan span : goldSet) {
            if (!predictedSet.contains(span)) {
                byType.get(span.type()).falseNegatives++;
            }
        }
    }

    private Set<EntitySpan> scored(List<EntitySpan> spans) {
        Set<EntitySpan> set = new HashSet<>();
        spans.stream().filter(span -> byType.containsKey(span.type())).forEach(set::add);
        return set;
    }

    public Counts of(String type) {
        return byType.get(type).copy();
    }

    /** The counts of all scored types together (micro average). */
    public Counts overall() {
        Counts all = new Counts();
        byType.values().forEach(c -> {
            all.truePositives += c.truePositives;
            all.falsePositives += c.falsePositives;
            all.falseNegatives += c.falseNegatives;
        });
        return all;
    }

    /** True positives, false positives and false negatives, and the precision, recall and F1 they give. */
    public static final class Counts {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;

        public int truePositives() {
            return truePositives;
        }

        public int falsePositives() {
            return falsePositives;
        }

        public int falseNegatives() {
            return falseNegatives;
        }

        public int gold() {
            return truePositives + falseNegatives;
        }

        public int predicted() {
            return truePositives + falsePositives;
        }

        /** 0 when nothing was predicted. */
        public double precision() {
            return ratio(truePositives, predicted());
        }

        /** 0 when there is no gold entity. */
        public double recall() {
            return ratio(truePositives, gold());
        }

        /** Harmonic mean of precision and recall; 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }

        private Counts copy() {
            Counts c = new Counts();
            c.truePositives = truePositives;
            c.falsePositives = falsePositives;
            c.falseNegatives = falseNegatives;
            return c;
        }
    }
}
