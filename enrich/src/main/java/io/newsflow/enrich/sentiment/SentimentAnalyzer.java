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
 * each choice below is a general property of news text, not a fit to single sentences. Thread-safe: one
 * shared instance holds immutable lexicons loaded once per JVM.
 */
public final class SentimentAnalyzer {

    /** Only the first this many characters of a document are read: enough for tone, bounded in time. */
    public static final int MAX_CHARS = 50_000;

    /**
     * Negative words weigh half as much again as positive ones. Readers of news rate a sentence with one
     * negative word clearly negative, while the many mildly positive words of public prose ("support",
     * "help", "important") move them little: on the calibration half, sentences that VADER scores
     * −0.2…−0.05 have a mean gold score of −0.125, and those it scores +0.05…+0.2 a mean of −0.097, also
     * negative. Weights 1.25…2 did about as well on that half; 1.5 is the middle.
     */
    static final double NEGATIVE_WEIGHT = 1.5;

    /**
     * A sentence's valence sum is divided by the square root of its word count: two opinion words in a
     * 60-word sentence say less about it than in a 10-word one, but not six times less (a mean would).
     * {@link #GAIN} brings the result back to VADER's scale before its normalisation (alpha 15).
     */
    static final double GAIN = 3;

    /**
     * Positive words in a question count half: an editorial's questions are mostly rhetorical and doubt
     * what they name ("Who says state lotteries are harmless fun?").
     */
    static final double QUESTION_WEIGHT = 0.5;

    private static final SentimentAnalyzer SHARED = new SentimentAnalyzer(NewsLexicon.shared());

    private final NewsValence rules;

    private SentimentAnalyzer(NewsLexicon lexicon) {
        this.rules = new NewsValence(lexicon);
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
            tally.add(tokens.size, rules.valences(tokens), text.subSequence(from, to));
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

    /** The sentence score: weighted valence sum, punctuation emphasis, length scaling, VADER normalisation. */
    static double sentenceScore(double[] valences, int words, CharSequence sentence) {
        if (words == 0) {
            return 0;
        }
        double positiveWeight = isQuestion(sentence) ? QUESTION_WEIGHT : 1;
        double sum = 0;
        for (double valence : valences) {
            sum += valence < 0 ? valence * NEGATIVE_WEIGHT : valence * positiveWeight;
        }
        double emphasis = VaderRules.punctuationEmphasis(sentence);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        return VaderRules.normalize(sum / Math.sqrt(words) * GAIN, VaderRules.ALPHA);
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

        void add(int sentenceWords, double[] valences, CharSequence sentence) {
            weightedScore += sentenceScore(valences, sentenceWords, sentence) * sentenceWords;
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
