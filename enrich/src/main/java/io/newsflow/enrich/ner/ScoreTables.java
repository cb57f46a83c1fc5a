package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Results and standings ("Bath 56 Sale 31", "Stoke 4 3 1 0 7 4 10") list teams, each name straight before a
 * number. The CRF labels most of them ORGANIZATION but leaves short or odd names unlabelled ("Sale", "Bury",
 * "Wasps") or takes them for surnames or towns. In a sports report where the names before numbers that the
 * CRF did label are mostly organisations (at least three, and more than people and towns together — a
 * cricket scorecard, with batsmen before their runs, does not qualify), every name before a number is taken
 * for a team: unlabelled capitalised words, one-word "persons" and towns that are not countries. Countries
 * stay places (national teams are annotated as their country).
 */
final class ScoreTables implements RefinementStep {

    private static final Set<String> NOT_TEAMS = Set.of("division", "group", "round", "week", "stage", "heat",
            "pool", "section", "note", "total", "extras", "overs", "no", "number", "minute", "minutes", "pts",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "euro",
            "olympic", "olympics", "under", "formula", "world", "open");

    @Override
    public String name() {
        return "score-tables";
    }

    @Override
    public void apply(TaggedDocument document) {
        if (!SportsText.isSports(document)) {
            return;
        }
        List<int[]> candidates = namesBeforeNumbers(document);
        if (isTeamTable(document, candidates)) {
            for (int[] name : candidates) {
                if (mayBeTeam(document, name[0], name[1])) {
                    document.label(name[0], name[1], NerLabel.ORGANIZATION);
                }
            }
        }
    }

    /** Runs of capitalised words (a bracketed suffix such as "(B)" included) right before an integer. */
    private static List<int[]> namesBeforeNumbers(TaggedDocument document) {
        List<int[]> names = new ArrayList<>();
        for (int i = 1; i < document.size(); i++) {
            if (Words.isNumber(document.word(i))) {
                int end = i;
                int start = nameStart(document, end);
                if (start < end) {
                    names.add(new int[] {start, end});
                }
            }
        }
        return names;
    }

    private static int nameStart(TaggedDocument document, int end) {
        int sentenceStart = document.sentenceStart(document.sentenceOf(end));
        int last = end - 1;
        if (last - 2 > sentenceStart && document.word(last).equals(")") && document.word(last - 2).equals("(")) {
            last -= 3;
        }
        int start = last + 1;
        while (start - 1 >= sentenceStart && isNameWord(document.word(start - 1))) {
            start--;
        }
        return start <= last ? start : end;
    }

    private static boolean isNameWord(String word) {
        return Words.isCapitalized(word) && Words.hasLetter(word) && !NOT_TEAMS.contains(Words.lower(word))
                && !SportsText.isSportsWord(word);
    }

    private static boolean isTeamTable(TaggedDocument document, List<int[]> candidates) {
        int organisations = 0;
        int others = 0;
        for (int[] name : candidates) {
            NerLabel label = document.label(name[0]);
            if (label == NerLabel.ORGANIZATION) {
                organisations++;
            } else if (label == NerLabel.PERSON || label == NerLabel.LOCATION && !isCountry(document, name)) {
                others++;
            }
        }
        return organisations >= 3 && organisations > others;
    }

    private static boolean mayBeTeam(TaggedDocument document, int from, int to) {
        NerLabel label = document.label(from);
        boolean oneLabel = label == null || sameLabel(document, from, to);
        return oneLabel && label != NerLabel.ORGANIZATION && !Countries.LIST.contains(document, from, to)
                && !Demonyms.isDemonym(document, from, to) && (label != NerLabel.PERSON || to - from == 1);
    }

    private static boolean sameLabel(TaggedDocument document, int from, int to) {
        for (int i = from; i < to; i++) {
            if (document.label(i) != document.label(from)) {
                return false;
            }
        }
        return (from == 0 || document.label(from - 1) != document.label(from))
                && (to >= document.size() || document.label(to) != document.label(from));
    }

    private static boolean isCountry(TaggedDocument document, int[] name) {
        return Countries.LIST.contains(document, name[0], name[1]);
    }
}
