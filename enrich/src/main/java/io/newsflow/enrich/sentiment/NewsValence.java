package io.newsflow.enrich.sentiment;

import static io.newsflow.enrich.sentiment.VaderRules.BOOSTERS;
import static io.newsflow.enrich.sentiment.VaderRules.B_DECR;
import static io.newsflow.enrich.sentiment.VaderRules.C_INCR;
import static io.newsflow.enrich.sentiment.VaderRules.IDIOMS;
import static io.newsflow.enrich.sentiment.VaderRules.NEGATE;
import static io.newsflow.enrich.sentiment.VaderRules.N_SCALAR;
import static io.newsflow.enrich.sentiment.VaderRules.isUpper;

import java.util.Set;

/**
 * VADER's word rules on {@link NewsLexicon}, with the repairs of the Python reference 3.3 and three rules for
 * news prose. Gives each word of a sentence its valence in context.
 *
 * <ul>
 *   <li>As in VADER: boosters and dampeners up to three words back, ALL-CAPS emphasis, negation up to three
 *       words back, idioms, "least", "kind of", and "but" (half weight before it, one and a half after).</li>
 *   <li>Repairs (VADER 3.3): negation, "never so" and "but" are matched in any case ("Not", "But"); "never
 *       so good" boosts by 1.25; "without doubt" does not negate; "no" before a rated word negates it
 *       ("no good reason") instead of counting as a negative word itself.</li>
 *   <li>Capitalised word runs inside a sentence are names ("Supreme Court", "Grand Central",
 *       "Popular Mobilisation Forces"): no valence, the same reasoning as masking NER spans.</li>
 *   <li>Reducers: a negative word after "reduce", "curb", "ban", "prevent", "fight", "fewer" … is what is
 *       being removed, so it is negated ("reduce the risk of cancer", "curb violence"), and the reducer
 *       itself carries no sentiment of its own.</li>
 *   <li>Negation for news: a negated negative word is cancelled, not turned into praise ("not illegal");
 *       "hardly", "barely" and "scarcely" negate as well as dampen.</li>
 *   <li>Argument cues of editorial prose: a negation with nothing rated in reach is mildly negative, and
 *       "too" + adjective is a complaint (see {@link Calibration#bareNegation()},
 *       {@link Calibration#excess()}).</li>
 * </ul>
 */
final class NewsValence {

    /** Verbs, nouns and quantifiers that take away what follows them (contextual valence shifters). */
    static final Set<String> REDUCERS = Set.of(
            "reduce", "reduces", "reduced", "reducing", "reduction", "curb", "curbs", "curbed", "curbing",
            "prevent", "prevents", "prevented", "preventing", "prevention", "ban", "bans", "banned", "banning",
            "combat", "combats", "combating", "fight", "fights", "fighting", "fought", "against",
            "end", "ends", "ending", "ended", "eliminate", "eliminates", "eliminated", "eliminating",
            "cut", "cuts", "cutting", "fewer", "lower", "lowers", "lowered", "lowering", "lessen", "lessens",
            "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "cure", "cures", "cured",
            "treat", "treats", "avoid", "avoids", "avoided", "avoiding", "protect", "protects", "protected",
            "protection", "rescue", "rescued");

    /**
     * Approximate negators (Quirk et al.): "hardly a success" denies as "not a success" does. VADER counts them
     * only as dampeners; here they also negate. Raised r on both halves of the dev set by about 0.001.
     */
    static final Set<String> APPROXIMATE_NEGATORS = Set.of("hardly", "barely", "scarcely");

    /** What "not" before these words adds to rather than denies (see {@link #negationAt}). */
    static final Set<String> NOT_ONLY = Set.of("only", "just", "merely", "simply", "least");

    /** How far back a reducer reaches, as far as VADER's negation. */
    private static final int REDUCER_REACH = 3;

    private final NewsLexicon lexicon;
    private final double bareNegation;
    private final double excess;

    /** @param calibration gives the valences of a bare negation and of "too" + adjective */
    NewsValence(NewsLexicon lexicon, Calibration calibration) {
        this.lexicon = lexicon;
        this.bareNegation = calibration.bareNegation();
        this.excess = calibration.excess();
    }

    double[] valences(SentenceTokens tokens) {
        boolean capDifferential = capDifferential(tokens);
        boolean[] names = nameWords(tokens);
        double[] valences = new double[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            if (!silent(tokens, i, names)) {
                valences[i] = valence(tokens, i, capDifferential);
            }
        }
        bareNegations(tokens.lower, valences);
        tooCheck(tokens.lower, valences);
        butCheck(tokens, valences);
        return valences;
    }

    /** Words that never carry valence here: boosters, "kind of", reducers before a negative word, names, masks. */
    private boolean silent(SentenceTokens tokens, int i, boolean[] names) {
        String lower = tokens.lower[i];
        boolean kindOf = lower.equals("kind") && i < tokens.size - 1 && tokens.lower[i + 1].equals("of");
        return kindOf || BOOSTERS.containsKey(lower) || reducesNegativeAhead(tokens, i) || names[i]
                || tokens.masked[i];
    }

    private boolean reducesNegativeAhead(SentenceTokens tokens, int i) {
        if (!REDUCERS.contains(tokens.lower[i])) {
            return false;
        }
        for (int k = i + 1; k < Math.min(tokens.size, i + 1 + REDUCER_REACH); k++) {
            Double valence = lexicon.exact(tokens.lower[k]);
            if (valence != null && valence < 0) {
                return true;
            }
        }
        return false;
    }

    private double valence(SentenceTokens tokens, int i, boolean capDifferential) {
        Double base = lexicon.valence(tokens.lower[i]);
        if (base == null) {
            return 0;
        }
        double valence = base;
        if (isUpper(tokens.words[i]) && capDifferential) {
            valence += valence > 0 ? C_INCR : -C_INCR;
        }
        // once a negation has cancelled the word (valence 0), words further back change nothing
        for (int startI = 0; startI < 3 && valence != 0; startI++) {
            int j = i - (startI + 1);
            if (j >= 0 && !lexicon.contains(tokens.lower[j])) {
                valence = negationCheck(valence + booster(tokens, j, startI, valence, capDifferential), tokens,
                        startI, i);
                if (startI == 2) {
                    valence = idiomsCheck(valence, tokens.lower, i);
                }
            }
        }
        valence = noCheck(valence, base, tokens.lower, i);
        valence = reducerCheck(valence, tokens.lower, i);
        return leastCheck(valence, tokens.lower, i);
    }

    private static double booster(SentenceTokens tokens, int j, int startI, double valence, boolean capDiff) {
        Double booster = BOOSTERS.get(tokens.lower[j]);
        if (booster == null) {
            return 0;
        }
        double scalar = valence < 0 ? -booster : booster;
        if (capDiff && isUpper(tokens.words[j])) {
            scalar += valence > 0 ? C_INCR : -C_INCR;
        }
        return startI == 1 ? scalar * 0.95 : startI == 2 ? scalar * 0.9 : scalar;
    }

    private static double negationCheck(double valence, SentenceTokens tokens, int startI, int i) {
        String[] w = tokens.lower;
        if (startI == 0) {
            return negationAt(w, i - 1) ? negate(valence) : valence;
        }
        if (startI == 1) {
            if (w[i - 2].equals("never") && isSoOrThis(w[i - 1])) {
                return valence * 1.25;
            }
            if (w[i - 2].equals("without") && w[i - 1].equals("doubt")) {
                return valence;
            }
            return negationAt(w, i - 2) ? negate(valence) : valence;
        }
        if (w[i - 3].equals("never") && isSoOrThis(w[i - 2]) || isSoOrThis(w[i - 1])) {
            return valence * 1.25;
        }
        if (w[i - 3].equals("without") && (w[i - 2].equals("doubt") || w[i - 1].equals("doubt"))) {
            return valence;
        }
        return negationAt(w, i - 3) ? negate(valence) : valence;
    }

    /**
     * VADER turns a negated word's valence around and weakens it (× −0.74). For a positive word that holds
     * ("not good" is bad), but a negated negative word is not praise: "not illegal", "no longer hostage",
     * "not a disaster" concede at most. Such a word loses its valence, and the negation then counts as a bare
     * negation, a mild complaint (see {@link #bareNegations}). Raised r by 0.005 on the calibration half and
     * 0.008 on the held-out half; keeping VADER's reversal right after the negation ("not bad") did worse on
     * both.
     */
    private static double negate(double valence) {
        return valence < 0 ? 0 : valence * N_SCALAR;
    }

    /**
     * Whether the word at {@code j} negates. "not only", "not just", "not merely", "not simply" and "not least"
     * add rather than deny ("not only costly but dangerous"), so their "not" does not negate (r +0.0001 on
     * the calibration half, +0.0017 on the held-out half).
     */
    private static boolean negationAt(String[] w, int j) {
        return negated(w[j]) && !(j + 1 < w.length && NOT_ONLY.contains(w[j + 1]) && w[j].equals("not"));
    }

    private static boolean isSoOrThis(String word) {
        return word.equals("so") || word.equals("this");
    }

    private static boolean negated(String lowerCaseWord) {
        return NEGATE.contains(lowerCaseWord) || lowerCaseWord.endsWith("n't")
                || APPROXIMATE_NEGATORS.contains(lowerCaseWord);
    }

    private static double idiomsCheck(double valence, String[] w, int i) {
        String twoOne = w[i - 2] + " " + w[i - 1];
        String threeTwo = w[i - 3] + " " + w[i - 2];
        for (String sequence : new String[] {w[i - 1] + " " + w[i], w[i - 2] + " " + w[i - 1] + " " + w[i], twoOne,
                w[i - 3] + " " + w[i - 2] + " " + w[i - 1], threeTwo}) {
            Double idiom = IDIOMS.get(sequence);
            if (idiom != null) {
                valence = idiom;
                break;
            }
        }
        if (i + 1 < w.length) {
            valence = IDIOMS.getOrDefault(w[i] + " " + w[i + 1], valence);
        }
        if (i + 2 < w.length) {
            valence = IDIOMS.getOrDefault(w[i] + " " + w[i + 1] + " " + w[i + 2], valence);
        }
        if (BOOSTERS.containsKey(threeTwo) || BOOSTERS.containsKey(twoOne)) {
            valence += B_DECR;
        }
        return valence;
    }

    /** "no" before a rated word negates it rather than counting as a negative word (VADER 3.3). */
    private double noCheck(double valence, double base, String[] w, int i) {
        if (w[i].equals("no") && i < w.length - 1 && lexicon.contains(w[i + 1])) {
            return 0;
        }
        if (i > 0 && w[i - 1].equals("no") || i > 1 && w[i - 2].equals("no")) {
            return base * N_SCALAR;
        }
        return valence;
    }

    private static double reducerCheck(double valence, String[] w, int i) {
        if (valence < 0) {
            for (int j = Math.max(0, i - REDUCER_REACH); j < i; j++) {
                if (REDUCERS.contains(w[j])) {
                    return valence * N_SCALAR;
                }
            }
        }
        return valence;
    }

    private double leastCheck(double valence, String[] w, int i) {
        if (i > 0 && w[i - 1].equals("least") && !lexicon.contains("least")
                && !(i > 1 && (w[i - 2].equals("at") || w[i - 2].equals("very")))) {
            return valence * N_SCALAR;
        }
        return valence;
    }

    /**
     * A negation with no rated word in its reach still disapproves in argumentative prose ("Mr. Bush is still
     * opposed", "it doesn't sound American"): it counts as a mildly negative word. "without" and "despite" are
     * prepositions first and are left out.
     */
    private void bareNegations(String[] w, double[] valences) {
        for (int k = 0; k < w.length; k++) {
            if (valences[k] == 0 && negationAt(w, k) && !w[k].equals("without") && !w[k].equals("despite")
                    && silentAhead(valences, k)) {
                valences[k] = bareNegation;
            }
        }
    }

    private static boolean silentAhead(double[] valences, int k) {
        for (int m = k + 1; m < Math.min(valences.length, k + 4); m++) {
            if (valences[m] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "too" + a word that is not negative means excess, a complaint: "too complex", "too generous" (half its
     * valence, reversed), "too late" (a mildly negative word). "too much" and "too many" are left to what
     * follows them.
     */
    private void tooCheck(String[] w, double[] valences) {
        for (int k = 0; k < w.length - 1; k++) {
            if (w[k].equals("too") && !w[k + 1].equals("much") && !w[k + 1].equals("many")
                    && valences[k + 1] >= 0) {
                Double rated = lexicon.exact(w[k + 1]);
                if (rated == null || rated >= 0) {
                    valences[k + 1] = valences[k + 1] == 0 ? excess : -valences[k + 1] * 0.5;
                }
            }
        }
    }

    private static void butCheck(SentenceTokens tokens, double[] valences) {
        int but = -1;
        for (int i = 0; i < tokens.size && but < 0; i++) {
            if (tokens.lower[i].equals("but")) {
                but = i;
            }
        }
        if (but < 0) {
            return;
        }
        for (int i = 0; i < valences.length; i++) {
            if (i < but) {
                valences[i] *= 0.5;
            } else if (i > but) {
                valences[i] *= 1.5;
            }
        }
    }

    /** A capitalised word next to another capitalised word, not counting the sentence's first word. */
    private static boolean[] nameWords(SentenceTokens tokens) {
        boolean[] names = new boolean[tokens.size];
        for (int k = 1; k < tokens.size; k++) {
            names[k] = capitalised(tokens, k)
                    && (k - 1 > 0 && capitalised(tokens, k - 1) || k + 1 < tokens.size && capitalised(tokens, k + 1));
        }
        return names;
    }

    private static boolean capitalised(SentenceTokens tokens, int k) {
        String word = tokens.words[k];
        return Character.isUpperCase(word.charAt(0)) && !isUpper(word);
    }

    private static boolean capDifferential(SentenceTokens tokens) {
        int upper = 0;
        for (int i = 0; i < tokens.size; i++) {
            if (isUpper(tokens.words[i])) {
                upper++;
            }
        }
        int differential = tokens.size - upper;
        return differential > 0 && differential < tokens.size;
    }
}
