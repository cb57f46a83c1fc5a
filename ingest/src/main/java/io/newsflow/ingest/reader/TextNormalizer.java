package io.newsflow.ingest.reader;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Plain text as every reader hands it on: NFC, no control characters, runs of white space (non-breaking
 * spaces included) collapsed to one space, paragraphs separated by exactly one blank line.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** One line of text: collapsed white space, trimmed. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .trim();
    }

    /** Several paragraphs: each normalised as a line, empty ones dropped, joined by a blank line. */
    public static String paragraphs(String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\\n\\s*\\n"))
                .map(TextNormalizer::line)
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
