package io.newsflow.schemas.serde;

import java.io.OutputStream;
import java.util.Arrays;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * Per-thread scratch space the serializer encodes into, so a record is written once and copied out once,
 * header included. A fresh {@code ByteArrayOutputStream} per record grew through several copies for a news
 * body and locked on every field; this buffer and its encoder are reused, unsynchronised (one thread each).
 */
final class EncodingBuffer extends OutputStream {

    private static final int INITIAL_BYTES = 64 * 1024;
    /** A buffer grown past this by one huge record is dropped afterwards rather than kept for the thread's life. */
    private static final int KEEP_AT_MOST_BYTES = 1 << 20;
    private static final ThreadLocal<EncodingBuffer> PER_THREAD = ThreadLocal.withInitial(EncodingBuffer::new);

    private byte[] bytes = new byte[INITIAL_BYTES];
    private int count;
    private final BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(this, null);

    static EncodingBuffer forThisThread() {
        EncodingBuffer buffer = PER_THREAD.get();
        buffer.count = 0;
        return buffer;
    }

    /** Writes straight into this buffer (a direct encoder holds nothing back). */
    BinaryEncoder encoder() {
        return encoder;
    }

    void writeHeader(int schemaId) {
        ensureRoom(WireFormat.HEADER_SIZE);
        bytes[count] = WireFormat.MAGIC_BYTE;
        bytes[count + 1] = (byte) (schemaId >>> 24);
        bytes[count + 2] = (byte) (schemaId >>> 16);
        bytes[count + 3] = (byte) (schemaId >>> 8);
        bytes[count + 4] = (byte) schemaId;
        count += WireFormat.HEADER_SIZE;
    }

    byte[] copyAndReset() {
        byte[] copy = Arrays.copyOf(bytes, count);
        count = 0;
        if (bytes.length > KEEP_AT_MOST_BYTES) {
            bytes = new byte[INITIAL_BYTES];
        }
        return copy;
    }

    @Override
    public void write(int b) {
        ensureRoom(1);
        bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        ensureRoom(length);
        System.arraycopy(source, offset, bytes, count, length);
        count += length;
    }

    private void ensureRoom(int more) {
        if (count + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
        }
    }
}
