package io.newsflow.enrich.ner;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dateline opens a wire story with the place it was filed from. The words of it are a place, whatever the
 * CRF or the document-level steps made of them (a city that is also a team in the report, "NEW YORK", or a
 * name the CRF took for a person, "SANTIAGO"), so this step runs last. Two forms are recognised:
 * <ul>
 *   <li>a short sentence of capitalised words, maybe with ", Region", ending in an ISO date ("NEW YORK
 *       1996-08-30", "NICE, France 1996-08-30": the Reuters form);</li>
 *   <li>words in capitals at the start of a sentence, maybe with ", Region" and an agency in brackets,
 *       followed by a dash ("EAST HAMPTON — Police said…", "MOUNT GILEAD (AP) -- A city court…"). Capitals
 *       are required here ("Smith - who…" is no dateline), the sentence must not be a headline in capitals
 *       ("SOCCER - ROTOR FANS LOCKED OUT" names a section), and the words must be a name already or come
 *       with a region or an agency: wire copy also opens with section slugs ("PRESS DIGEST - …",
 *       "NOTE - …").</li>
 * </ul>
 */
final class Datelines implements RefinementStep {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–");
    private static final int MAX_TOKENS = 8;

    @Override
    public String name() {
        return "datelines";
    }

    @Override
    public void apply(TaggedDocument document) {
        for (int s = 0; s < document.sentenceCount(); s++) {
            int start = document.sentenceStart(s);
            int end = Math.min(document.sentenceEnd(s), start + MAX_TOKENS);
            int placesEnd = isoDateline(document, s) ? document.sentenceEnd(s) - 1
                    : Words.isUpperCaseSentence(document, s) ? start : dashDatelineEnd(document, start, end);
            if (placesEnd > start) {
                labelPlaces(document, start, placesEnd);
            }
        }
    }

    private static boolean isoDateline(TaggedDocument document, int sentence) {
        int start = document.sentenceStart(sentence);
        int end = document.sentenceEnd(sentence);
        return end - start >= 2 && end - start <= MAX_TOKENS && ISO_DATE.matcher(document.word(end - 1)).matches()
                && isPlaceList(document, start, end - 1);
    }

    /** The end of the places of "PLACE[, Region] [(Agency)] —", or the start when there is none. */
    private static int dashDatelineEnd(TaggedDocument document, int start, int end) {
        int i = start;
        while (i < end && Words.isUpperCase(document.word(i)) && Words.hasLetter(document.word(i))) {
            i++;
        }
        if (i == start) {
            return start;
        }
        boolean named = document.label(start) != null;
        int places = i;
        if (i + 1 < end && document.word(i).equals(",")) {
            i++;
            while (i < end && Words.isCapitalized(document.word(i))) {
                i++;
            }
            places = i;
            named = true;
        }
        if (i + 2 < end && document.word(i).equals("(") && document.word(i + 2).equals(")")) {
            i += 3;
            named = true;
        }
        return named && i < end && DASHES.contains(document.word(i)) ? places : start;
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

    /** Labels the runs of words between commas as places. */
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
