package io.newsflow.enrich.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores the tone of a news document: VADER's rules on a lexicon widened for news (see {@link NewsLexicon}
 * and {@link NewsValence}), sentence by sentence, with entity mentions masked, averaged into a document score
 * in [−1, 1].
 *
 * <p>Calibrated on half of the NYT editorial dev set (odd editorials ≡ 1 mod 4), checked on the other half;
 * each choice below is a general property of news text, not a fit to single sentences; the six numbers fitted
 * to that half are in {@link Calibration}. Thread-safe: one shared instance holds immutable lexicons loaded
 * once per JVM and an immutable calibration.
 */
public final class SentimentAnalyzer {

    /** Only the first this many characters of a document are read: enough for tone, bounded in time. */
    public static final int MAX_CHARS = 50_000;

    private static final SentimentAnalyzer SHARED =
            new SentimentAnalyzer(NewsLexicon.shared(), Calibration.FITTED);

    private final NewsValence rules;
    private final Calibration calibration;

    /** An analyzer with other numbers than the fitted ones, for {@code SentimentFit}. */
    SentimentAnalyzer(NewsLexicon lexicon, Calibration calibration) {
        this.rules = new NewsValence(lexicon, calibration);
        this.calibration = calibration;
    }

    /** The instance every caller shares. */
    public static SentimentAnalyzer shared() {
        return SHARED;
    }

    public SentimentResult analyze(String text) {
        return analyze(text, List.of());
    }

    /**
     * @param text  the document; null or blank gives {@link SentimentResult#NONE}
     * @param masks character spans whose words carry no sentiment (entity mentions), in any order
     */
    public SentimentResult analyze(String text, List<Span> masks) {
        if (text == null || text.isBlank()) {
            return SentimentResult.NONE;
        }
        int length = Math.min(text.length(), MAX_CHARS);
        List<Span> sorted = new ArrayList<>(masks);
        sorted.sort(Comparator.comparingInt(Span::start));
        int[] sentences = SentenceSplitter.split(text, length);
        Tally tally = new Tally();
        for (int k = 0; k < sentences.length; k += 2) {
            int from = sentences[k];
            int to = sentences[k + 1];
            SentenceTokens tokens = SentenceTokens.of(text, from, to, masksWithin(sorted, from, to));
            CharSequence sentence = text.subSequence(from, to);
            double[] valences = rules.valences(tokens);
            tally.add(tokens.size, valences, sentenceScore(valences, tokens.size, sentence));
        }
        return tally.result();
    }

    private static List<Span> masksWithin(List<Span> sorted, int from, int to) {
        List<Span> within = new ArrayList<>();
        for (Span mask : sorted) {
            if (mask.start() >= to) {
                break;
            }
            if (mask.overlaps(from, to)) {
                within.add(mask);
            }
        }
        return within;
    }

    /**
     * The sentence score: weighted valence sum, punctuation emphasis, length scaling, VADER normalisation.
     *
     * <ul>
     *   <li>Negative words weigh more than positive ones ({@link Calibration#negativeWeight()}, 1.75). Readers
     *       of news rate a sentence with one negative word clearly negative, while the many mildly positive
     *       words of public prose ("support", "help", "important") move them little: on the calibration half,
     *       sentences that VADER scores −0.2…−0.05 have a mean gold score of −0.125, and those it scores
     *       +0.05…+0.2 a mean of −0.097, also negative.</li>
     *   <li>Positive words in a question count a quarter ({@link Calibration#questionWeight()}): an editorial's
     *       questions are mostly rhetorical and doubt what they name ("Who says state lotteries are harmless
     *       fun?").</li>
     *   <li>The sum is divided by the square root of the word count: two opinion words in a 60-word sentence
     *       say less about it than in a 10-word one, but not six times less (a mean would).
     *       {@link Calibration#gain()} brings the result back to VADER's scale before its normalisation
     *       (alpha 15). Only the ratio gain² / alpha matters; other exponents than ½, other alphas and a tanh
     *       did no better on the calibration half.</li>
     * </ul>
     */
    double sentenceScore(double[] valences, int words, CharSequence sentence) {
        if (words == 0) {
            return 0;
        }
        double positiveWeight = isQuestion(sentence) ? calibration.questionWeight() : 1;
        double sum = 0;
        for (double valence : valences) {
            sum += valence < 0 ? valence * calibration.negativeWeight() : valence * positiveWeight;
        }
        double emphasis = VaderRules.punctuationEmphasis(sentence);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        return VaderRules.normalize(sum / Math.sqrt(words) * calibration.gain(), VaderRules.ALPHA);
    }

    private static boolean isQuestion(CharSequence sentence) {
        int end = sentence.length();
        while (end > 0 && (SentenceTokens.isSpace(sentence.charAt(end - 1)) || isQuote(sentence.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && sentence.charAt(end - 1) == '?';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019';
    }

    /** Sums sentence scores weighted by their word counts, and counts words by the sign of their valence. */
    private static final class Tally {
        private double weightedScore;
        private int words;
        private int positiveWords;
        private int negativeWords;

        void add(int sentenceWords, double[] valences, double sentenceScore) {
            weightedScore += sentenceScore * sentenceWords;
            words += sentenceWords;
            for (double valence : valences) {
                if (valence > 0) {
                    positiveWords++;
                } else if (valence < 0) {
                    negativeWords++;
                }
            }
        }

        SentimentResult result() {
            return words == 0 ? SentimentResult.NONE
                    : SentimentResult.of(weightedScore / words, words, positiveWords, negativeWords);
        }
    }
}
