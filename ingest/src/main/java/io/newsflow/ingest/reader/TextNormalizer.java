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
        char[] in = nfc(text).toCharArray();
        char[] out = new char[in.length];
        int length = 0;
        int pendingBreaks = -1;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (isSpace(c)) {
                pendingBreaks = Math.max(pendingBreaks, 0) + (c == '\n' || c == '\r' && !nextIs(in, i, '\n') ? 1 : 0);
            } else if (!Character.isISOControl(c)) {
                if (pendingBreaks >= 0 && length > 0) {
                    length = separate(out, length, keepParagraphs && pendingBreaks >= 2);
                }
                pendingBreaks = -1;
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /** Never outgrows the input: a paragraph break (two characters) replaces at least two line breaks. */
    private static int separate(char[] out, int length, boolean paragraph) {
        if (!paragraph) {
            out[length] = ' ';
            return length + 1;
        }
        out[length] = '\n';
        out[length + 1] = '\n';
        return length + 2;
    }

    private static boolean nextIs(char[] in, int i, char c) {
        return i + 1 < in.length && in[i + 1] == c;
    }

    private static String nfc(String text) {
        return surelyNfc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Text made only of characters below U+0300 (Latin, no combining marks) and of the dashes, quotes and other
     * punctuation of U+2010–U+205E (no canonical decomposition, combining class 0) is already in NFC. Checking
     * that is far cheaper than asking the normaliser, which allocates a buffer per call; news text almost always
     * passes.
     */
    private static boolean surelyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && (c < '\u2010' || c > '\u205E')) {
                return false;
            }
        }
        return true;
    }

    /** ASCII first: the Unicode property look-up was the single largest cost of ingest. */
    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
