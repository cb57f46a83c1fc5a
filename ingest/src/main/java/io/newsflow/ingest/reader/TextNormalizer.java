package io.newsflow.ingest.reader;

import java.text.Normalizer;

/**
 * Plain text as every reader hands it on: NFC, no control characters, runs of white space (non-breaking
 * and other Unicode spaces included) collapsed to one space, paragraphs separated by exactly one blank line.
 *
 * <p>Written as one pass over the characters rather than regular expressions: it runs on every body of
 * every article, and this is several times faster (it was the largest cost of ingest).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** One line of text: collapsed white space, trimmed. */
    public static String line(String text) {
        return text == null ? null : collapse(text, false);
    }

    /**
     * Several paragraphs: a run of white space holding a blank line (two line breaks) separates paragraphs and
     * becomes exactly one blank line; any other run becomes one space; empty paragraphs disappear.
     */
    public static String paragraphs(String text) {
        return text == null ? null : collapse(text, true);
    }

    private static String collapse(String text, boolean keepParagraphs) {
        String collapsed = collapseIfNfc(text, keepParagraphs);
        return collapsed != null ? collapsed : collapseIfNfc(Normalizer.normalize(text, Normalizer.Form.NFC), keepParagraphs);
    }

    /**
     * One pass; gives up (null) at the first character that may not be in NFC on its own (combining marks,
     * jamo, surrogates, characters with a canonical decomposition), so the caller normalises first. News text
     * almost never needs that.
     */
    private static String collapseIfNfc(String text, boolean keepParagraphs) {
        int n = text.length();
        char[] chars = new char[n];
        text.getChars(0, n, chars, 0);
        int length = 0;
        int pendingBreaks = -1;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            byte kind = KIND[c];
            if (kind == TEXT) {
                if (pendingBreaks >= 0 && length > 0) {
                    length = separate(chars, length, keepParagraphs && pendingBreaks >= 2);
                }
                pendingBreaks = -1;
                chars[length++] = c;
            } else if (kind == SPACE) {
                pendingBreaks = Math.max(pendingBreaks, 0);
            } else if (kind == LINE_BREAK) {
                pendingBreaks = Math.max(pendingBreaks, 0) + (c == '\r' && i + 1 < n && chars[i + 1] == '\n' ? 0 : 1);
            } else if (kind == NOT_NFC) {
                return null;
            }
        }
        return new String(chars, 0, length);
    }

    private static final byte TEXT = 0;
    private static final byte SPACE = 1;
    private static final byte LINE_BREAK = 2;
    private static final byte DROPPED = 3;
    private static final byte NOT_NFC = 4;
    /**
     * What each UTF-16 unit is, computed once (about 50 ms): a table look-up per character replaced Unicode
     * property look-ups that were the largest cost of ingest.
     */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KIND[c] = classify((char) c);
        }
    }

    private static byte classify(char c) {
        if (c == '\n' || c == '\r') {
            return LINE_BREAK;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        if (Character.isISOControl(c)) {
            return DROPPED;
        }
        return c < '\u0300' || isNfcOnItsOwn(c) ? TEXT : NOT_NFC;
    }

    /**
     * Safe to copy without normalising: stable in NFC, not a combining mark, not a Hangul jamo (jamo sequences
     * compose), not half of a surrogate pair (checked with its pair by the normaliser).
     */
    private static boolean isNfcOnItsOwn(char c) {
        if (Character.isSurrogate(c) || c >= '\u1100' && c <= '\u11FF' || c >= '\uA960' && c <= '\uA97F'
                || c >= '\uD7B0' && c <= '\uD7FF' || c >= '\u3130' && c <= '\u318F') {
            return false;
        }
        int type = Character.getType(c);
        boolean combining = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
        return !combining && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC);
    }

    /**
     * Writes in place behind the reading position: a space replaces at least one character, a paragraph break
     * (two characters) at least two line breaks, so the output never overtakes the input.
     */
    private static int separate(char[] out, int length, boolean paragraph) {
        if (!paragraph) {
            out[length] = ' ';
            return length + 1;
        }
        out[length] = '\n';
        out[length + 1] = '\n';
        return length + 2;
    }




}
