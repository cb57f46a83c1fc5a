/**
 * Sentiment and tone of news text.
 *
 * <p>{@link io.newsflow.enrich.sentiment.SentimentAnalyzer} is what the engine uses: VADER's rules on three
 * merged lexicons, calibrated for news, per sentence with entity spans masked, averaged to a document score;
 * {@link io.newsflow.enrich.sentiment.Vader} is a faithful port of the npm reference, kept as the baseline.
 *
 * <p>Measured with {@code io.newsflow.enrich.eval.SentimentEvaluation} on the NYT editorial dev set, split by
 * editorial into a calibration half (editorial ≡ 1 mod 4) and a held-out half (≡ 3 mod 4):
 * <pre>
 *                      calibration      held out         whole file
 *   faithful VADER     r 0.4959 F1 0.5355  r 0.4684 F1 0.5541  r 0.4809 F1 0.5452
 *   SentimentAnalyzer  r 0.6174 F1 0.6107  r 0.5738 F1 0.6027  r 0.5940 F1 0.6066
 * </pre>
 * About 130 µs per 3 KB article on one core of the development machine.
 */
package io.newsflow.enrich.sentiment;
