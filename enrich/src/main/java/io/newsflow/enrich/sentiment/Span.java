package io.newsflow.enrich.sentiment;

/**
 * A character range of the analysed text, {@code start} inclusive and {@code end} exclusive, whose words
 * carry no sentiment: typically an entity mention found by NER, so that "Popular Mobilisation Forces" or
 * "Grand Central" do not read as praise.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
