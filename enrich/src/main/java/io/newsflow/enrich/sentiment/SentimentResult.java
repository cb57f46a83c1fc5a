package io.newsflow.enrich.sentiment;

/**
 * The tone of one document.
 *
 * @param score    document score in [-1, 1]
 * @param label    {@link Polarity#of(double)} of the score
 * @param positive share of the document's words that carry positive valence, 0…1
 * @param negative share of the document's words that carry negative valence, 0…1
 * @param tone     GDELT-style tone: {@code (positive - negative) * 100}
 */
public record SentimentResult(double score, Polarity label, double positive, double negative, double tone) {

    /** What a document without words gets. */
    public static final SentimentResult NONE = new SentimentResult(0, Polarity.NEUTRAL, 0, 0, 0);

    static SentimentResult of(double score, int words, int positiveWords, int negativeWords) {
        if (words == 0) {
            return NONE;
        }
        double positive = (double) positiveWords / words;
        double negative = (double) negativeWords / words;
        return new SentimentResult(score, Polarity.of(score), positive, negative, (positive - negative) * 100);
    }
}
