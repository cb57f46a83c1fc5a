package io.newsflow.enrich.geo;

/**
 * A place name in a text, as character offsets.
 *
 * @param start  first character, inclusive
 * @param end    last character, exclusive
 * @param text   the text between start and end
 * @param source why it is taken for a place name
 */
public record LocationSpan(int start, int end, String text, Source source) {

    /** How a span was found. */
    public enum Source {
        /** The recogniser labelled it LOCATION. */
        NER,
        /** A well-known place name an ORGANIZATION mention starts with ("Texas Department of Health"). */
        ORGANIZATION,
        /** Given from outside, e.g. gold spans in an evaluation. */
        GIVEN
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
