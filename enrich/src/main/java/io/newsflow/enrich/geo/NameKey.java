package io.newsflow.enrich.geo;

import java.text.Normalizer;

/**
 * The lookup key of a place name: how a name is written in news and how the gazetteer spells it meet here.
 * Case, diacritics, periods, apostrophes and hyphens do not count ("U.S." = "US", "Zürich" = "Zurich",
 * "Winston-Salem" = "Winston Salem"), nor a leading "the" ("the Philippines"), and the abbreviations GeoNames and
 * writers use interchangeably are unified ("St." = "Saint", "Mt." = "Mount", "Ft." = "Fort").
 *
 * <p>Written as one pass over the characters with a lookup table: the gazetteer computes some 300,000 keys
 * when it loads, mostly before the JIT has compiled anything.
 */
public final class NameKey {

    private static final byte KEEP = 0;
    private static final byte DROP = 1;
    private static final byte SEPARATE = 2;
    private static final byte[] ASCII = asciiClasses();

    private NameKey() {
    }

    private static byte[] asciiClasses() {
        byte[] classes = new byte[128];
        for (char c : ".'`".toCharArray()) {
            classes[c] = DROP;
        }
        for (char c = 0; c < 128; c++) {
            if (Character.isWhitespace(c) || "-_/,".indexOf(c) >= 0) {
                classes[c] = SEPARATE;
            }
        }
        return classes;
    }

    private static byte classOf(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        if ("’‘ʻʼ".indexOf(c) >= 0) {
            return DROP;
        }
        return Character.isWhitespace(c) || "‐‑–—".indexOf(c) >= 0 ? SEPARATE : KEEP;
    }

    /** The key of a name; empty when the name has no letters or digits. */
    public static String of(String name) {
        String folded = isAscii(name) ? name : stripMarks(name);
        char[] key = new char[folded.length() + 1];
        int length = 0;
        int wordStart = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            byte kind = classOf(c);
            if (kind == SEPARATE) {
                length = endWord(key, wordStart, length);
                wordStart = length;
            } else if (kind == KEEP) {
                key[length++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
            }
        }
        length = endWord(key, wordStart, length);
        return length == 0 ? "" : new String(key, 0, length - 1);
    }

    /**
     * Closes the word key[wordStart, length): replaces an abbreviated word, drops a leading "the", and appends a
     * space. Returns the new length.
     */
    private static int endWord(char[] key, int wordStart, int length) {
        int size = length - wordStart;
        if (size == 0) {
            return length;
        }
        if (size >= 3 && size <= 6) {
            String word = new String(key, wordStart, size);
            if (wordStart == 0 && word.equals("the")) {
                return 0;
            }
            String replacement = switch (word) {
                case "saint" -> "st";
                case "sainte" -> "ste";
                case "mount" -> "mt";
                case "fort" -> "ft";
                default -> null;
            };
            if (replacement != null) {
                replacement.getChars(0, replacement.length(), key, wordStart);
                length = wordStart + replacement.length();
            }
        }
        key[length] = ' ';
        return length + 1;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String stripMarks(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
