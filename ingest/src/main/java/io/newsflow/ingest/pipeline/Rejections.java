package io.newsflow.ingest.pipeline;

import io.newsflow.schemas.avro.Rejected;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The dead-letter envelope for input that never reached Kafka as an article. */
final class Rejections {

    private Rejections() {
    }

    /**
     * @param inputName the file, URL or endpoint it came from (goes into {@code topic}; partition -1, no offset)
     * @param item      0-based position in the input
     */
    static Rejected of(String inputName, int item, String reason, String errorClass, byte[] payload, Instant at) {
        return Rejected.newBuilder()
                .setTopic(inputName)
                .setPartition(-1)
                .setOffset(null)
                .setReason("item " + item + ": " + reason)
                .setErrorClass(errorClass)
                .setPayload(ByteBuffer.wrap(payload))
                .setPayloadText(utf8OrNull(payload))
                .setRejectedAt(at)
                .setKey(null)
                .build();
    }

    /** The seen-set id of a rejection: its bytes decide, so the same broken input is rejected once. */
    static String id(byte[] payload) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(payload);
            return "rejected:" + java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The payload as text only when it is valid UTF-8: a wrong encoding is itself a reason to look. */
    static String utf8OrNull(byte[] payload) {
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload));
            return text.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
