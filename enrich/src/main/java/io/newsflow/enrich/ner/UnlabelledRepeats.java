package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds runs of unlabelled tokens that spell a name the document labels elsewhere, so a step can label them
 * too. A repeat must look like a name where it stands, since the words of many names are also common words
 * ("Such", "Bath", "Sale"):
 * <ul>
 *   <li>it starts with a capital, or is spelt exactly as the labelled name ("al-Nujaba");</li>
 *   <li>a one-word name the document also uses in lower case is not taken at the start of a sentence or in
 *       an upper-case headline, where every word is capitalised;</li>
 *   <li>outside headlines it is not part of a longer capitalised phrase ("Michael Jordan" is not a repeat of
 *       "Jordan"), a common word opening the sentence before it ("But", "The") excepted.</li>
 * </ul>
 * The longest name wins where names overlap. Linear in the number of tokens times the longest name (≤ 6).
 */
final class UnlabelledRepeats {

    /** Longer names are almost never repeated word for word; the bound keeps the scan linear. */
    static final int MAX_WORDS = 6;

    /** Function words that open sentences; a short document may never write them in lower case. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "but", "and", "or", "in", "on", "at",
            "after", "before", "when", "while", "with", "by", "for", "from", "to", "of", "as", "if", "then", "so",
            "yet", "despite", "since", "during", "under", "over", "meanwhile", "however", "also", "later",
            "earlier", "last", "this", "that", "these", "those", "his", "her", "their", "its", "our", "said",
            "says", "both", "only", "even", "now", "once", "like");

    private final TaggedDocument document;
    private final Map<String, NerLabel> names = new HashMap<>();
    private final Set<String> spellings = new HashSet<>();
    /** The first words of the names: most tokens are rejected by one look-up. */
    private final Set<String> firstWords = new HashSet<>();
    private final List<NameList> lists = new ArrayList<>();
    private final List<NerLabel> listLabels = new ArrayList<>();
    private final Set<String> lowerCaseWords;
    private final boolean[] upperCaseSentence;
    private final Set<String> capitalisedInText;
    private int maxWords;

    UnlabelledRepeats(TaggedDocument document) {
        this.document = document;
        WordFacts facts = document.facts();
        this.lowerCaseWords = facts.lowerCaseWords;
        this.upperCaseSentence = facts.upperCaseSentence;
        this.capitalisedInText = facts.capitalisedInText;
    }

    /** A name to look for (tokens [from, to) of the document) and the label its repeats get. */
    void add(int from, int to, NerLabel label) {
        if (to - from > MAX_WORDS) {
            return;
        }
        names.put(Words.key(document, from, to), label);
        firstWords.add(Words.lower(document, from));
        spellings.add(document.text(from, to));
        maxWords = Math.max(maxWords, to - from);
    }

    /** Every entry of a list (countries), consulted where it is rather than copied into this document's names. */
    void addList(NameList list, NerLabel label) {
        lists.add(list);
        listLabels.add(label);
        maxWords = Math.max(maxWords, list.maxWords());
    }

    /** A name given as space-separated words, such as a surname taken from a longer name. */
    void addWords(String name, NerLabel label) {
        int words = name.split(" ").length;
        if (words <= MAX_WORDS) {
            names.put(Words.lower(name), label);
            firstWords.add(Words.lower(name).split(" ")[0]);
            maxWords = Math.max(maxWords, words);
        }
    }

    /** Labels every repeat of the names added so far. */
    void labelAll() {
        find().forEach(r -> document.label(r.from(), r.to(), r.label()));
    }

    /** The repeats of the names added so far, in order, each with the label its name was added with. */
    List<Repeat> find() {
        List<Repeat> repeats = new ArrayList<>();
        int i = 0;
        while (i < document.size()) {
            int length = longestAt(i);
            if (length > 0) {
                String key = Words.key(document, i, i + length);
                repeats.add(new Repeat(i, i + length, key, labelOf(key)));
                i += length;
            } else {
                i++;
            }
        }
        return repeats;
    }

    /** Unlabelled tokens [from, to) that spell the name {@code key}. */
    record Repeat(int from, int to, String key, NerLabel label) {
    }

    /** The label a name was added with; names added one by one win over lists. */
    private NerLabel labelOf(String key) {
        NerLabel label = names.get(key);
        for (int i = 0; label == null && i < lists.size(); i++) {
            label = lists.get(i).containsKey(key) ? listLabels.get(i) : null;
        }
        return label;
    }

    private boolean mayStartName(String lowerWord) {
        if (firstWords.contains(lowerWord)) {
            return true;
        }
        for (NameList list : lists) {
            if (list.isFirstWord(lowerWord)) {
                return true;
            }
        }
        return false;
    }

    private int longestAt(int from) {
        if (document.label(from) != null || !mayStartName(Words.lower(document, from))) {
            return 0;
        }
        int sentenceEnd = document.sentenceEnd(document.sentenceOf(from));
        int longest = Math.min(maxWords, sentenceEnd - from);
        for (int length = longest; length > 0; length--) {
            if (document.label(from + length - 1) == null && labelOf(Words.key(document, from, from + length)) != null
                    && looksLikeName(from, from + length)) {
                return length;
            }
        }
        return 0;
    }

    /** Whether tokens [from, to), which spell a known name, stand as a name here (see the class comment). */
    boolean looksLikeName(int from, int to) {
        for (int i = from; i < to; i++) {
            if (document.label(i) != null) {
                return false;
            }
        }
        int sentence = document.sentenceOf(from);
        boolean headline = upperCaseSentence[sentence];
        boolean sentenceStart = from == document.sentenceStart(sentence);
        String first = document.word(from);
        if (!Words.isNameWord(first) && !spellings.contains(document.text(from, to))) {
            return false;
        }
        if (to - from == 1 && lowerCaseWords.contains(Words.lower(first)) && (sentenceStart || headline)) {
            return false;
        }
        return headline ? standsAloneInHeadline(from, to, sentence) : standsAlone(from, to, sentence);
    }

    private boolean standsAlone(int from, int to, int sentence) {
        int start = document.sentenceStart(sentence);
        boolean opener = from - 1 == start && isOpener(document.word(start));
        boolean capitalBefore = from > start && isCapitalWord(from - 1) && !opener;
        boolean capitalAfter = to < document.sentenceEnd(sentence) && isCapitalWord(to);
        return !capitalBefore && !capitalAfter;
    }

    /**
     * In a headline every word is capitalised, so a neighbour tells nothing by its case; it is taken as a
     * possible part of a longer name when the text capitalises it inside a sentence elsewhere ("HONG KONG
     * OPEN" — "the Hong Kong Open"), and as outside the name otherwise ("WOODS MAKES PRO DEBUT").
     */
    private boolean standsAloneInHeadline(int from, int to, int sentence) {
        boolean before = from > document.sentenceStart(sentence) && mayBeNamePart(from - 1);
        boolean after = to < document.sentenceEnd(sentence) && mayBeNamePart(to);
        return !before && !after;
    }

    private boolean mayBeNamePart(int i) {
        return capitalisedInText.contains(Words.lower(document, i));
    }

    /** A capitalised first word that is a common word ("But", "The"), not a first name ("Michael"). */
    private boolean isOpener(String word) {
        String lower = Words.lower(word);
        return OPENERS.contains(lower) || lowerCaseWords.contains(lower);
    }

    private boolean isCapitalWord(int i) {
        String word = document.word(i);
        return Words.isCapitalized(word) && Words.hasLetter(word);
    }
}
