package io.newsflow.enrich.ner;

/**
 * Tokens [from, to) of a {@link TaggedDocument} that carry one label.
 *
 * @param from first token, inclusive
 * @param to   last token, exclusive
 */
public record TokenSpan(int from, int to, NerLabel label) {

    public int length() {
        return to - from;
    }
}
