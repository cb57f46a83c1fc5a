package io.newsflow.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, the schema id as 4 big-endian bytes, then the Avro binary body.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    public static byte[] frame(int schemaId, byte[] body) {
        return ByteBuffer.allocate(HEADER_SIZE + body.length).put(MAGIC_BYTE).putInt(schemaId).put(body).array();
    }

    /** The schema id in the header; refuses data that is too short or does not start with magic byte 0. */
    public static int schemaId(String topic, byte[] data) {
        if (data.length < HEADER_SIZE) {
            throw new SerializationException("Cannot deserialize record from topic " + topic + ": " + data.length
                    + " bytes is shorter than the 5-byte Confluent wire-format header");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Cannot deserialize record from topic %s: unknown magic byte 0x%02x (expected 0x00, Confluent wire format)",
                    topic, data[0]));
        }
        return ByteBuffer.wrap(data, 1, 4).getInt();
    }
}
