package io.newsflow.ingest.reader;

import io.newsflow.schemas.serde.Latin1;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
        return collapsed != null ? collapsed : collapseNormalized(Normalizer.normalize(text, Normalizer.Form.NFC), keepParagraphs);
    }

    /**
     * The second pass, over text already in NFC: characters that made the first pass give up (emoji and other
     * surrogate pairs, combining marks, Indic and other scripts with marks) are text here, kept as they are.
     */
    private static String collapseNormalized(String normalized, boolean keepParagraphs) {
        requireWholeSurrogatePairs(normalized);
        int n = normalized.length();
        char[] chars = scratch(n);
        normalized.getChars(0, n, chars, 0);
        State state = new State(chars, n, keepParagraphs);
        state.nfcAlready = true;
        state.step(0, n);
        return new String(chars, 0, state.length);
    }

    /**
     * One pass; gives up (null) at the first character that may not be in NFC on its own (combining marks,
     * jamo, surrogates, characters with a canonical decomposition), so the caller normalises first. News text
     * almost never needs that.
     */
    private static String collapseIfNfc(String text, boolean keepParagraphs) {
        return collapseIfNfc(text, keepParagraphs, true);
    }

    /**
     * The text goes by in blocks of {@value #BLOCK} characters. A block of printable ASCII and single spaces,
     * met while the text so far ends in a letter or sign, is copied as it is without a branch per character
     * (most blocks of news text); any other block goes character by character through the state machine
     * below. The two give the same result ({@code blocks=false} is the reference the tests compare with); the
     * fast one exists because this runs on every body ingested and was the largest cost of ingest.
     */
    static String collapseIfNfc(String text, boolean keepParagraphs, boolean blocks) {
        if (blocks && text.length() >= LATIN1_FROM_CHARS) {
            byte[] latin1 = Latin1.bytesOrNull(text);
            if (latin1 != null) {
                return collapseLatin1(latin1, keepParagraphs);
            }
        }
        int n = text.length();
        char[] chars = scratch(n);
        text.getChars(0, n, chars, 0);
        State state = new State(chars, n, keepParagraphs);
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            boolean copied = blocks && state.plainSoFar() && to < n && copyPlainBlock(chars, from, to, state);
            if (!copied && !state.step(from, to)) {
                return null;
            }
        }
        return new String(chars, 0, state.length);
    }

    /**
     * Latin-1 text (every character ≤ U+00FF: NFC by itself) is normalised as bytes, eight at a time: a word of
     * printable ASCII with no two spaces in a row, met while the output ends in text, is copied as one
     * {@code long}; any other word goes byte by byte through the same state machine. About four times faster
     * than the character blocks below on news text (the JDK hands a Latin-1 string's bytes out with one copy).
     */
    private static String collapseLatin1(byte[] bytes, boolean keepParagraphs) {
        int n = bytes.length;
        State state = new State(bytes, n, keepParagraphs);
        int from = 0;
        for (; from + WORD < n; from += WORD) {
            long word = Latin1.word(bytes, from);
            if (state.plainSoFar() && isPlainWord(word) && (bytes[from + WORD - 1] != ' ' || isPrintableNonSpace(bytes[from + WORD]))) {
                WORDS.set(bytes, state.length, word);
                state.length += WORD;
            } else {
                state.stepBytes(from, from + WORD);
            }
        }
        state.stepBytes(from, n);
        return new String(bytes, 0, state.length, StandardCharsets.ISO_8859_1);
    }

    private static final int LATIN1_FROM_CHARS = 64;
    private static final int WORD = 8;
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

    /** Eight bytes of printable ASCII (space to tilde) with no two spaces next to each other. */
    private static boolean isPlainWord(long word) {
        boolean outsideAscii = (word & HIGH_BITS) != 0;
        boolean belowSpace = ((word - ONES * ' ') & ~word & HIGH_BITS) != 0;
        boolean delete = Latin1.hasZeroByte(word ^ ONES * 0x7F);
        if (outsideAscii || belowSpace || delete) {
            return false;
        }
        long spaces = exactZeroBytes(word ^ ONES * ' ');
        return (spaces & spaces >>> 8) == 0;
    }

    /** The high bit of each byte that is zero, and no other bit. */
    private static long exactZeroBytes(long word) {
        return ~(((word & LOW_SEVEN) + LOW_SEVEN) | word | LOW_SEVEN);
    }

    private static boolean isPrintableNonSpace(byte b) {
        return b > ' ' && b <= '~';
    }

    /** A lone half of a surrogate pair is not Unicode text (JSON's "\\uD800" can make one): such input is refused. */
    private static void requireWholeSurrogatePairs(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairStart) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidArticleException("text holds a lone UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + " at character " + i + "), which is not valid Unicode");
            }
        }
    }

    private static final int BLOCK = 32;
    /** Per-thread work space up to this size (2 MB); longer texts get their own array, dropped afterwards. */
    private static final int KEEP_SCRATCH_CHARS = 1 << 20;
    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[8192]);

    /** Space for n characters, reused by the thread: a fresh array per body was a third of what ingest allocated. */
    private static char[] scratch(int n) {
        char[] chars = SCRATCH.get();
        if (chars.length >= n) {
            return chars;
        }
        if (n > KEEP_SCRATCH_CHARS) {
            return new char[n];
        }
        char[] larger = new char[Math.max(n, chars.length * 2)];
        SCRATCH.set(larger);
        return larger;
    }

    /**
     * Copies {@code chars[from, to)} to the output when it is printable ASCII with no two spaces in a row, and a
     * space at its end is followed by text; otherwise leaves the output as it was.
     */
    private static boolean copyPlainBlock(char[] chars, int from, int to, State state) {
        // two OR-reductions with no other state carried from one character to the next, so the JIT can keep the
        // loop tight: any character outside printable ASCII, and any two spaces in a row
        int outside = 0;
        int doubled = 0;
        for (int i = from; i < to; i++) {
            int c = chars[i];
            outside |= (c - ' ') | ('~' - c);
            int pair = (c ^ ' ') | (chars[i + 1] ^ ' ');
            doubled |= pair - 1;
        }
        // the last pair read reaches into the next block: a space may end this one only before text
        if (outside < 0 || doubled < 0 || chars[to - 1] == ' ' && !isPrintableNonSpace(chars[to])) {
            return false;
        }
        if (state.length != from) {
            System.arraycopy(chars, from, chars, state.length, to - from);
        }
        state.length += to - from;
        return true;
    }

    private static boolean isPrintableNonSpace(char c) {
        return c > ' ' && c <= '~';
    }

    /** The character-by-character normaliser, writing in place behind the reading position. */
    private static final class State {
        private final char[] chars;
        /** Latin-1 text, one byte a character, when {@code chars} is null. */
        private final byte[] bytes;
        /** The text's length: the array may be longer (reused). */
        private final int end;
        private final boolean keepParagraphs;
        private int length;
        private int pendingBreaks = -1;
        /** The text is NFC already: characters not NFC on their own are plain text. */
        private boolean nfcAlready;

        State(char[] chars, int end, boolean keepParagraphs) {
            this(chars, null, end, keepParagraphs);
        }

        State(byte[] bytes, int end, boolean keepParagraphs) {
            this(null, bytes, end, keepParagraphs);
        }

        private State(char[] chars, byte[] bytes, int end, boolean keepParagraphs) {
            this.chars = chars;
            this.bytes = bytes;
            this.end = end;
            this.keepParagraphs = keepParagraphs;
        }

        /** Whether the output so far ends in text with no white space waiting: a plain block may follow as is. */
        boolean plainSoFar() {
            return pendingBreaks < 0 && length > 0;
        }

        /** @return false at a character that is not NFC on its own */
        boolean step(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = chars[i];
                byte kind = KIND[c] == NOT_NFC && nfcAlready ? TEXT : KIND[c];
                if (kind == TEXT) {
                    if (pendingBreaks >= 0 && length > 0) {
                        length = separate(chars, length, keepParagraphs && pendingBreaks >= 2);
                    }
                    pendingBreaks = -1;
                    chars[length++] = c;
                } else if (kind == SPACE) {
                    pendingBreaks = Math.max(pendingBreaks, 0);
                } else if (kind == LINE_BREAK) {
                    boolean crBeforeLf = c == '\r' && i + 1 < end && chars[i + 1] == '\n';
                    pendingBreaks = Math.max(pendingBreaks, 0) + (crBeforeLf ? 0 : 1);
                } else if (kind == NOT_NFC) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@link #step} over Latin-1 bytes (never NOT_NFC: every character below U+0300 is NFC by itself). A copy of
         * the loop rather than one loop behind an accessor: each stays a tight loop over one array type on the path
         * every article body takes.
         */
        void stepBytes(int from, int to) {
            for (int i = from; i < to; i++) {
                byte b = bytes[i];
                byte kind = KIND[b & 0xFF];
                if (kind == TEXT) {
                    if (pendingBreaks >= 0 && length > 0) {
                        length = separate(bytes, length, keepParagraphs && pendingBreaks >= 2);
                    }
                    pendingBreaks = -1;
                    bytes[length++] = b;
                } else if (kind == SPACE) {
                    pendingBreaks = Math.max(pendingBreaks, 0);
                } else if (kind == LINE_BREAK) {
                    boolean crBeforeLf = b == '\r' && i + 1 < end && bytes[i + 1] == '\n';
                    pendingBreaks = Math.max(pendingBreaks, 0) + (crBeforeLf ? 0 : 1);
                }
            }
        }
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

    private static int separate(byte[] out, int length, boolean paragraph) {
        if (!paragraph) {
            out[length] = ' ';
            return length + 1;
        }
        out[length] = '\n';
        out[length + 1] = '\n';
        return length + 2;
    }
}
