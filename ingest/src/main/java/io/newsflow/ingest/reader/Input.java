package io.newsflow.ingest.reader;

import java.nio.charset.StandardCharsets;

/**
 * One unit of input for a reader: a file, stdin, a fetched feed, an HTTP request body.
 *
 * @param name          where it came from (file path, URL, "stdin", "http:POST /articles"); goes into
 *                      {@code Rejected.topic} for what is refused
 * @param bytes         the raw bytes, unchanged (a rejected item keeps its own original bytes)
 * @param defaultSource the source for articles whose format names none
 */
public record Input(String name, byte[] bytes, String defaultSource) {

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The bytes as UTF-8 text, strictly: malformed or overlong sequences and encoded surrogates are refused rather
     * than replaced (a silently damaged article is worse than a rejected one); a leading byte-order mark is dropped.
     *
     * @throws InvalidArticleException saying where the bytes stop being UTF-8
     */
    public String strictText() {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidArticleException("not valid UTF-8 (at byte " + in.position() + "): re-encode the input as UTF-8");
        }
    }
}
