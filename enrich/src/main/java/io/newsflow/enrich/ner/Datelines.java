package io.newsflow.enrich.ner;

import java.util.regex.Pattern;

/**
 * A dateline opens a wire story with the place it was filed from: "MOSUL, Iraq 2016-11-06", "NEW YORK
 * 1996-08-30". The words before the date are a place, whatever the CRF or the document-level steps made of
 * them (a city that is also a team in the report, "NEW YORK", or a name the CRF took for a person,
 * "SANTIAGO"), so this step runs last. A dateline is a sentence of at most eight tokens that starts with
 * capitalised words and ends in an ISO date, optionally with ", Region" between.
 */
final class Datelines implements RefinementStep {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_TOKENS = 8;

    @Override
    public String name() {
        return "datelines";
    }

    @Override
    public void apply(TaggedDocument document) {
        for (int s = 0; s < document.sentenceCount(); s++) {
            int start = document.sentenceStart(s);
            int end = document.sentenceEnd(s);
            if (end - start >= 2 && end - start <= MAX_TOKENS && ISO_DATE.matcher(document.word(end - 1)).matches()
                    && isPlaceList(document, start, end - 1)) {
                labelPlaces(document, start, end - 1);
            }
        }
    }

    /** Only capitalised words and commas before the date ("Kent won on 1996-08-30" is a sentence). */
    private static boolean isPlaceList(TaggedDocument document, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = document.word(i);
            if (!Words.isCapitalized(word) && !word.equals(",")) {
                return false;
            }
        }
        return Words.isCapitalized(document.word(from));
    }

    /** Labels the runs of capitalised words between the start of the dateline and its date. */
    private static void labelPlaces(TaggedDocument document, int from, int to) {
        int i = from;
        while (i < to) {
            int runEnd = i;
            while (runEnd < to && !document.word(runEnd).equals(",")) {
                runEnd++;
            }
            document.label(i, runEnd, NerLabel.LOCATION);
            i = runEnd + 1;
        }
    }
}
