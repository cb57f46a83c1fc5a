package io.newsflow.enrich.sentiment;

/** The label of a sentiment score: positive above {@value #THRESHOLD}, negative below its opposite. */
public enum Polarity {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /** The boundary of the neutral band, the one VADER's authors recommend and the evaluation uses. */
    public static final double THRESHOLD = 0.05;

    public static Polarity of(double score) {
        if (score > THRESHOLD) {
            return POSITIVE;
        }
        return score < -THRESHOLD ? NEGATIVE : NEUTRAL;
    }
}
