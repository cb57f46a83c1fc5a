package io.newsflow.enrich.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists and constants of VADER (Hutto &amp; Gilbert 2014) as the npm port {@code vader-sentiment@1.1.3}
 * writes them; both the faithful {@link Vader} and the news-calibrated analyzer use them.
 */
final class VaderRules {

    /** Empirically derived mean rating increase for a booster word. */
    static final double B_INCR = 0.293;
    static final double B_DECR = -0.293;
    /** Empirically derived mean rating increase for an ALL-CAPS word among mixed-case ones. */
    static final double C_INCR = 0.733;
    /** What a negation multiplies a valence by. */
    static final double N_SCALAR = -0.74;
    /** VADER's normalisation constant, the approximate maximum expected raw sum. */
    static final double ALPHA = 15;

    static final Set<String> NEGATE = Set.of(
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
            "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
            "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
            "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    static final Map<String, Double> BOOSTERS = boosters();

    static final Map<String, Double> IDIOMS = Map.of(
            "the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "yeah right", -2.0,
            "cut the mustard", 2.0, "kiss of death", -1.5, "hand to mouth", -2.0);

    /** Punctuation that the reference strips from either end of a token (longest forms included). */
    static final List<String> PUNCTUATION = List.of(".", "!", "?", ",", ";", ":", "-", "'", "\"",
            "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?");

    private VaderRules() {
    }

    private static Map<String, Double> boosters() {
        Map<String, Double> map = new HashMap<>();
        for (String word : List.of("absolutely", "amazingly", "awfully", "completely", "considerably",
                "decidedly", "deeply", "effing", "enormously", "entirely", "especially", "exceptionally",
                "extremely", "fabulously", "flipping", "flippin", "fricking", "frickin", "frigging", "friggin",
                "fully", "fucking", "greatly", "hella", "highly", "hugely", "incredibly", "intensely", "majorly",
                "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
                "thoroughly", "totally", "tremendously", "uber", "unbelievably", "unusually", "utterly", "very")) {
            map.put(word, B_INCR);
        }
        for (String word : List.of("almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof",
                "kind-of", "less", "little", "marginally", "occasionally", "partly", "scarcely", "slightly",
                "somewhat", "sort of", "sorta", "sortof", "sort-of")) {
            map.put(word, B_DECR);
        }
        return Map.copyOf(map);
    }

    /** Python's {@code str.isupper()} as the reference emulates it: no lower-case ASCII, one upper-case at least. */
    static boolean isUpper(String word) {
        boolean upper = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        return upper;
    }

    /** VADER's squashing of a raw valence sum into (-1, 1). */
    static double normalize(double score, double alpha) {
        double normalized = score / Math.sqrt(score * score + alpha);
        return Math.max(-1, Math.min(1, normalized));
    }

    /** Emphasis from up to four exclamation marks and from two or more question marks. */
    static double punctuationEmphasis(CharSequence text) {
        int exclamations = 0;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                exclamations++;
            } else if (c == '?') {
                questions++;
            }
        }
        double emphasis = Math.min(4, exclamations) * 0.292;
        if (questions > 1) {
            emphasis += questions <= 3 ? questions * 0.18 : 0.96;
        }
        return emphasis;
    }
}
