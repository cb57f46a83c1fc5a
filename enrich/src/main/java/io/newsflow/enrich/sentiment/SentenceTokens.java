package io.newsflow.enrich.sentiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of one sentence with their character offsets: whitespace-separated tokens with punctuation and
 * symbols trimmed from both ends (quotes, brackets, dashes, including the typographic ones), curly apostrophes
 * made straight so that "don’t" negates. A token that is only punctuation is dropped, unless VADER knows it as
 * an emoticon. Tokens inside a masked span are kept (they still separate a negation from its word) but
 * flagged.
 */
final class SentenceTokens {

    final String[] words;
    final String[] lower;
    final boolean[] masked;
    final int size;

    private SentenceTokens(String[] words, String[] lower, boolean[] masked, int size) {
        this.words = words;
        this.lower = lower;
        this.masked = masked;
        this.size = size;
    }

    static SentenceTokens of(String text, int from, int to, List<Span> masks) {
        String[] words = new String[16];
        boolean[] masked = new boolean[16];
        int size = 0;
        int i = from;
        while (i < to) {
            while (i < to && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !isSpace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String word = word(text, start, i);
            if (word != null) {
                if (size == words.length) {
                    words = Arrays.copyOf(words, size * 2);
                    masked = Arrays.copyOf(masked, size * 2);
                }
                words[size] = word;
                masked[size] = isMasked(masks, start, i);
                size++;
            }
        }
        String[] lower = new String[size];
        for (int k = 0; k < size; k++) {
            lower[k] = words[k].toLowerCase(Locale.ROOT);
        }
        return new SentenceTokens(words, lower, masked, size);
    }

    private static String word(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && isPunctuationOrSymbol(text.charAt(from))) {
            from++;
        }
        while (to > from && isPunctuationOrSymbol(text.charAt(to - 1))) {
            to--;
        }
        if (to - from > 1) {
            return straightApostrophes(text.substring(from, to));
        }
        String raw = text.substring(start, end);
        return raw.length() > 1 && Lexicons.vader().containsKey(raw) ? raw : null;
    }

    private static String straightApostrophes(String word) {
        return word.indexOf('\u2019') < 0 && word.indexOf('\u2018') < 0
                ? word : word.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static boolean isMasked(List<Span> masks, int start, int end) {
        for (Span mask : masks) {
            if (mask.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isPunctuationOrSymbol(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
