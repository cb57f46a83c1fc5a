package io.newsflow.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a stream of lines into chunks, keeping every byte as it was (line endings included), and names each
 * chunk after its lines, e.g. {@code feed.jsonl:1-85}.
 *
 * <p>Two limits: a batch is at most N lines (one transaction's worth; the last chunk of a batch says so), and
 * a chunk is cut at the first line end past {@code maxChunkBytes}. The byte limit keeps every chunk array well
 * under the JVM's "humongous" size (half a G1 region, 512 KB with a 1 GB heap): multi-megabyte chunks were
 * allocated outside the young generation and set off concurrent collections that cost ingest a fifth of its rate.
 */
final class LineChunks {

    /** Below a quarter of the smallest G1 region (1 MB), so the growing buffer stays small too. */
    static final int DEFAULT_MAX_CHUNK_BYTES = 192 * 1024;

    private final String name;
    private final byte[] head;
    private final InputStream rest;
    private final int linesPerBatch;
    private final int maxChunkBytes;

    LineChunks(String name, byte[] head, InputStream rest, int linesPerBatch, int maxChunkBytes) {
        this.name = name;
        this.head = head;
        this.rest = rest;
        this.linesPerBatch = linesPerBatch;
        this.maxChunkBytes = maxChunkBytes;
    }

    /** @param endsBatch whether the lines so far make a batch to publish together */
    record Chunk(String name, byte[] bytes, boolean endsBatch) {
    }

    interface ChunkConsumer {
        void accept(Chunk chunk);
    }

    void forEach(ChunkConsumer consumer) throws IOException {
        Cutter cutter = new Cutter(consumer);
        byte[] readBuffer = new byte[1 << 16];
        byte[] buffer = head;
        int length = head.length;
        while (length >= 0) {
            cutter.take(buffer, length);
            buffer = readBuffer;
            length = rest.read(readBuffer);
        }
        cutter.finish();
    }

    /** The cutting state across reads. */
    private final class Cutter {
        private final ChunkConsumer consumer;
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 16);
        private int linesInBatch;
        private long firstLine = 1;
        private long linesSeen;

        Cutter(ChunkConsumer consumer) {
            this.consumer = consumer;
        }

        void take(byte[] buffer, int length) {
            int segmentStart = 0;
            for (int i = 0; i < length; i++) {
                if (buffer[i] != '\n') {
                    continue;
                }
                linesSeen++;
                boolean endsBatch = ++linesInBatch == linesPerBatch;
                if (endsBatch || chunk.size() + (i + 1 - segmentStart) >= maxChunkBytes) {
                    chunk.write(buffer, segmentStart, i + 1 - segmentStart);
                    emit(linesSeen, endsBatch);
                    segmentStart = i + 1;
                }
            }
            chunk.write(buffer, segmentStart, length - segmentStart);
        }

        /** The rest, if any: its last line may have no line end. (A batch left open is closed by the caller.) */
        void finish() {
            if (chunk.size() > 0) {
                byte[] last = chunk.toByteArray();
                emit(linesSeen + (last[last.length - 1] == '\n' ? 0 : 1), true);
            }
        }

        private void emit(long lastLine, boolean endsBatch) {
            consumer.accept(new Chunk(name + ":" + firstLine + "-" + lastLine, chunk.toByteArray(), endsBatch));
            chunk.reset();
            firstLine = lastLine + 1;
            if (endsBatch) {
                linesInBatch = 0;
            }
        }
    }
}
