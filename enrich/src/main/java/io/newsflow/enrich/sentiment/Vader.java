package io.newsflow.enrich.sentiment;

import static io.newsflow.enrich.sentiment.VaderRules.BOOSTERS;
import static io.newsflow.enrich.sentiment.VaderRules.B_DECR;
import static io.newsflow.enrich.sentiment.VaderRules.C_INCR;
import static io.newsflow.enrich.sentiment.VaderRules.IDIOMS;
import static io.newsflow.enrich.sentiment.VaderRules.NEGATE;
import static io.newsflow.enrich.sentiment.VaderRules.N_SCALAR;
import static io.newsflow.enrich.sentiment.VaderRules.isUpper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A faithful Java port of VADER as the npm package {@code vader-sentiment@1.1.3} implements it, quirks
 * included (case-sensitive negation and "but", "never so" × 1.5, no "without doubt" case, tokens of one
 * character dropped), so that its figures can be compared with the reference's. The news pipeline uses the
 * calibrated {@link SentimentAnalyzer}; this class is its baseline. Thread-safe and stateless.
 */
public final class Vader {

    /** JavaScript's {@code \s}, on which the reference splits. */
    private static final Pattern JS_WHITESPACE =
            Pattern.compile("[\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]");
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final Vader REFERENCE = new Vader(Lexicons.vader());

    private final Map<String, Double> lexicon;

    private Vader(Map<String, Double> lexicon) {
        this.lexicon = lexicon;
    }

    /** The shared instance on VADER's own lexicon. */
    public static Vader reference() {
        return REFERENCE;
    }

    /** VADER's four scores of a text, unrounded (the reference rounds compound to 4 decimals). */
    public record Scores(double negative, double neutral, double positive, double compound) {
        static final Scores NONE = new Scores(0, 0, 0, 0);
    }

    public Scores polarityScores(String text) {
        List<String> words = wordsAndEmoticons(text);
        boolean capDifferential = capDifferential(words);
        double[] sentiments = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            boolean kindOf = i < words.size() - 1 && lower.equals("kind")
                    && words.get(i + 1).toLowerCase(Locale.ROOT).equals("of");
            if (!kindOf && !BOOSTERS.containsKey(lower)) {
                sentiments[i] = valence(words, i, capDifferential);
            }
        }
        butCheck(words, sentiments);
        return scores(sentiments, text);
    }

    private double valence(List<String> words, int index, boolean capDifferential) {
        String item = words.get(index);
        Double base = lexicon.get(item.toLowerCase(Locale.ROOT));
        if (base == null) {
            return 0;
        }
        double valence = base;
        if (isUpper(item) && capDifferential) {
            valence += valence > 0 ? C_INCR : -C_INCR;
        }
        for (int startI = 0; startI < 3; startI++) {
            if (index > startI && !lexicon.containsKey(words.get(index - (startI + 1)).toLowerCase(Locale.ROOT))) {
                double scalar = scalarIncDec(words.get(index - (startI + 1)), valence, capDifferential);
                if (startI == 1 && scalar != 0) {
                    scalar *= 0.95;
                } else if (startI == 2 && scalar != 0) {
                    scalar *= 0.9;
                }
                valence = neverCheck(valence + scalar, words, startI, index);
                if (startI == 2) {
                    valence = idiomsCheck(valence, words, index);
                }
            }
        }
        return leastCheck(valence, words, index);
    }

    private static double scalarIncDec(String word, double valence, boolean capDifferential) {
        Double booster = BOOSTERS.get(word.toLowerCase(Locale.ROOT));
        if (booster == null) {
            return 0;
        }
        double scalar = valence < 0 ? -booster : booster;
        if (capDifferential && isUpper(word)) {
            scalar += valence > 0 ? C_INCR : -C_INCR;
        }
        return scalar;
    }

    /** The reference compares raw words here: "Not" does not negate, "never" must be lower-case. */
    private static double neverCheck(double valence, List<String> words, int startI, int index) {
        if (startI == 0) {
            return negated(words.get(index - 1)) ? valence * N_SCALAR : valence;
        }
        if (startI == 1) {
            if (words.get(index - 2).equals("never") && isSoOrThis(words.get(index - 1))) {
                return valence * 1.5;
            }
            return negated(words.get(index - 2)) ? valence * N_SCALAR : valence;
        }
        if (words.get(index - 3).equals("never") && isSoOrThis(words.get(index - 2))
                || isSoOrThis(words.get(index - 1))) {
            return valence * 1.25;
        }
        return negated(words.get(index - 3)) ? valence * N_SCALAR : valence;
    }

    private static boolean isSoOrThis(String word) {
        return word.equals("so") || word.equals("this");
    }

    private static boolean negated(String word) {
        return NEGATE.contains(word) || word.contains("n't");
    }

    private static double idiomsCheck(double valence, List<String> words, int index) {
        String w0 = words.get(index);
        String w1 = words.get(index - 1);
        String w2 = words.get(index - 2);
        String w3 = words.get(index - 3);
        String twoOne = w2 + " " + w1;
        String threeTwo = w3 + " " + w2;
        for (String sequence : List.of(w1 + " " + w0, w2 + " " + w1 + " " + w0, twoOne, w3 + " " + w2 + " " + w1,
                threeTwo)) {
            Double idiom = IDIOMS.get(sequence);
            if (idiom != null) {
                valence = idiom;
                break;
            }
        }
        if (words.size() - 1 > index) {
            valence = IDIOMS.getOrDefault(w0 + " " + words.get(index + 1), valence);
        }
        if (words.size() - 1 > index + 1) {
            valence = IDIOMS.getOrDefault(w0 + " " + words.get(index + 1) + " " + words.get(index + 2), valence);
        }
        if (BOOSTERS.containsKey(threeTwo) || BOOSTERS.containsKey(twoOne)) {
            valence += B_DECR;
        }
        return valence;
    }

    private double leastCheck(double valence, List<String> words, int index) {
        if (index > 0 && words.get(index - 1).toLowerCase(Locale.ROOT).equals("least")
                && !lexicon.containsKey("least")) {
            if (index == 1) {
                return valence * N_SCALAR;
            }
            String before = words.get(index - 2).toLowerCase(Locale.ROOT);
            if (!before.equals("at") && !before.equals("very")) {
                return valence * N_SCALAR;
            }
        }
        return valence;
    }

    private static void butCheck(List<String> words, double[] sentiments) {
        int but = words.indexOf("but");
        if (but == -1) {
            but = words.indexOf("BUT");
        }
        if (but == -1) {
            return;
        }
        for (int i = 0; i < sentiments.length; i++) {
            if (i < but) {
                sentiments[i] *= 0.5;
            } else if (i > but) {
                sentiments[i] *= 1.5;
            }
        }
    }

    private static Scores scores(double[] sentiments, String text) {
        if (sentiments.length == 0) {
            return Scores.NONE;
        }
        double sum = 0;
        for (double sentiment : sentiments) {
            sum += sentiment;
        }
        double emphasis = VaderRules.punctuationEmphasis(text);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = VaderRules.normalize(sum, VaderRules.ALPHA);
        double positiveSum = 0;
        double negativeSum = 0;
        int neutralCount = 0;
        for (double sentiment : sentiments) {
            if (sentiment > 0) {
                positiveSum += sentiment + 1;
            } else if (sentiment < 0) {
                negativeSum += sentiment - 1;
            } else {
                neutralCount++;
            }
        }
        if (positiveSum > Math.abs(negativeSum)) {
            positiveSum += emphasis;
        } else if (positiveSum < Math.abs(negativeSum)) {
            negativeSum -= emphasis;
        }
        double total = positiveSum + Math.abs(negativeSum) + neutralCount;
        return new Scores(Math.abs(negativeSum / total), Math.abs(neutralCount / total),
                Math.abs(positiveSum / total), compound);
    }

    private static boolean capDifferential(List<String> words) {
        int upper = 0;
        for (String word : words) {
            if (isUpper(word)) {
                upper++;
            }
        }
        int differential = words.size() - upper;
        return differential > 0 && differential < words.size();
    }

    /**
     * The reference's tokenisation: split on single whitespace characters, drop tokens of one character, and
     * strip one listed punctuation mark from the start or end of a token when what remains is a word of two
     * characters or more without ASCII punctuation (emoticons and contractions survive).
     */
    static List<String> wordsAndEmoticons(String text) {
        List<String> words = new ArrayList<>();
        Set<String> strippedWords = new HashSet<>();
        for (String token : JS_WHITESPACE.split(text, -1)) {
            String stripped = withoutAsciiPunctuation(token);
            if (stripped.length() > 1) {
                strippedWords.add(stripped);
            }
            if (token.length() > 1) {
                words.add(token);
            }
        }
        words.replaceAll(token -> stripListedPunctuation(token, strippedWords));
        return words;
    }

    private static String stripListedPunctuation(String token, Set<String> strippedWords) {
        for (String mark : VaderRules.PUNCTUATION) {
            if (token.startsWith(mark) && strippedWords.contains(token.substring(mark.length()))) {
                return token.substring(mark.length());
            }
            if (token.endsWith(mark) && strippedWords.contains(token.substring(0, token.length() - mark.length()))) {
                return token.substring(0, token.length() - mark.length());
            }
        }
        return token;
    }

    private static String withoutAsciiPunctuation(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (ASCII_PUNCTUATION.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
