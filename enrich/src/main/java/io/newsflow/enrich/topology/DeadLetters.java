package io.newsflow.enrich.topology;

import io.newsflow.schemas.avro.Rejected;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * {@code Rejected} envelopes for {@code news.enrich.dlq}: where the record was (topic, partition, offset), why it
 * was refused, the exception's class, and its original key and value bytes, unchanged, so it can be inspected and
 * replayed.
 */
final class DeadLetters {

    private static final int MAX_REASON_CHARS = 500;

    private DeadLetters() {
    }

    static Rejected of(RecordMetadata where, byte[] key, byte[] value, String reason, Throwable error, Instant now) {
        byte[] payload = value == null ? new byte[0] : value;
        return Rejected.newBuilder()
                .setTopic(where == null ? "unknown" : where.topic())
                .setPartition(where == null ? -1 : where.partition())
                .setOffset(where == null ? null : where.offset())
                .setReason(shorten(reason))
                .setErrorClass(error == null ? "none" : error.getClass().getName())
                .setPayload(ByteBuffer.wrap(payload))
                .setPayloadText(textOrNull(payload))
                .setRejectedAt(now)
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .build();
    }

    /** The reason with the causes' messages, on one line, bounded: a consumer of the DLQ reads it. */
    static String reason(String what, Throwable error) {
        StringBuilder text = new StringBuilder(what);
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && text.indexOf(cause.getMessage()) < 0) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    private static String shorten(String reason) {
        String line = reason.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS) + "…";
    }

    /** The payload as text when it is valid UTF-8 (Avro is usually not): for a human reading the DLQ. */
    private static String textOrNull(byte[] payload) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
