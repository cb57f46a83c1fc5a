package io.newsflow.enrich.sentiment;

/**
 * The few numbers of {@link SentimentAnalyzer} that were fitted to data rather than taken from VADER: the
 * weights of a small linear combination of what a sentence holds (its positive and negative lexicon words,
 * bare negations, "too" + adjective, Pattern's vote), before VADER's normalisation.
 *
 * <p>{@link #FITTED} holds the committed values. They were fitted by {@code SentimentFit} (test scope; run it to
 * refit) on the calibration half of the NYT editorial dev set only (editorials ≡ 1 mod 4), by coordinate
 * search for the highest Pearson r, each number on a coarse grid of round values; the held-out half
 * (≡ 3 mod 4) was only measured. Six numbers cannot learn much of 1,245 sentences, and each stays close to
 * where reasoning alone put it. From the start values (1.5, 0.5, 3, −0.5, −1.0, 4) the search moved five of
 * them one grid step: questions' positive words to a quarter, gain to 2.5, bare negation to −0.75, negative
 * weight to 1.75, Pattern's scale to 5; Pearson r went from 0.6257 to 0.6289 on the calibration half and from
 * 0.5885 to 0.5915 on the held-out half.
 *
 * @param negativeWeight what a negative word's valence is multiplied by (readers of news weigh the negative
 *                       more; see {@link SentimentAnalyzer#sentenceScore})
 * @param questionWeight what a positive word's valence in a question is multiplied by (rhetorical questions)
 * @param gain           the factor that brings a length-normalised valence sum back to VADER's scale
 * @param bareNegation   the valence of a negation with nothing rated in its reach, and of a negation that
 *                       cancels a negative word ("not convinced", "not illegal")
 * @param excess         the valence of "too" + a neutral word ("too late", "too complex")
 * @param patternScale   what Pattern's polarity (−1…+1) is multiplied by to vote with VADER's −4…+4
 */
record Calibration(double negativeWeight, double questionWeight, double gain, double bareNegation,
        double excess, double patternScale) {

    /** The values that SentimentFit found on the calibration half (see the class comment). */
    static final Calibration FITTED = new Calibration(1.75, 0.25, 2.5, -0.75, -1.0, 5);
}
