package io.newsflow.ingest.source;

import io.newsflow.schemas.serde.Latin1;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a stream of lines into chunks, keeping every byte as it was (line endings included), and names each
 * chunk after its lines, e.g. {@code feed.jsonl:1-85}.
 *
 * <p>Limits: a batch (one transaction's worth; the last chunk of a batch says so) ends after N lines or at the
 * first line end past {@code maxBatchBytes}, so a batch of large articles stays bounded in memory; a chunk is cut
 * at the first line end past {@code maxChunkBytes}. The chunk limit keeps every chunk array well under the JVM's
 * "humongous" size (half a G1 region, 512 KB with a 1 GB heap): multi-megabyte chunks were allocated outside the
 * young generation and set off concurrent collections that cost ingest a fifth of its rate.
 *
 * <p>A live stream (stdin fed by another program) may pause for long: with {@code flushWhenIdle}, whenever the
 * stream has nothing more to read at once, the complete lines so far end a batch and the consumer is told it is
 * idle, so they are published now rather than when N more lines have come.
 */
final class LineChunks {

    /** Below a quarter of the smallest G1 region (1 MB), so the growing buffer stays small too. */
    static final int DEFAULT_MAX_CHUNK_BYTES = 192 * 1024;
    /** About 10,000 articles of 3 KB: large transactions cost the broker less per article (measured). */
    static final long DEFAULT_MAX_BATCH_BYTES = 32L * 1024 * 1024;
    private static final byte NEWLINE = '\n';
    /** A chunk buffer grown past this by one huge line is dropped afterwards rather than kept. */
    private static final int KEEP_BUFFER_BYTES = 1 << 20;

    private final String name;
    private final byte[] head;
    private final InputStream rest;
    private final Limits limits;

    /** @param linesPerBatch lines in a batch at most; @param maxBatchBytes bytes; @param maxChunkBytes bytes of a chunk */
    record Limits(int linesPerBatch, long maxBatchBytes, int maxChunkBytes, boolean flushWhenIdle) {

        static Limits forFiles(int linesPerBatch) {
            return new Limits(linesPerBatch, DEFAULT_MAX_BATCH_BYTES, DEFAULT_MAX_CHUNK_BYTES, false);
        }

        static Limits forLiveStream(int linesPerBatch) {
            return new Limits(linesPerBatch, DEFAULT_MAX_BATCH_BYTES, DEFAULT_MAX_CHUNK_BYTES, true);
        }
    }

    LineChunks(String name, byte[] head, InputStream rest, Limits limits) {
        this.name = name;
        this.head = head;
        this.rest = rest;
        this.limits = limits;
    }

    /** @param endsBatch whether the lines so far make a batch to publish together */
    record Chunk(String name, byte[] bytes, boolean endsBatch) {
    }

    interface ChunkConsumer {
        void accept(Chunk chunk);

        /** The input has nothing more at the moment (live streams only): publish what is waiting. */
        default void idle() {
        }
    }

    void forEach(ChunkConsumer consumer) throws IOException {
        Cutter cutter = new Cutter(consumer);
        byte[] readBuffer = new byte[1 << 16];
        byte[] buffer = head;
        int length = head.length;
        while (length >= 0) {
            cutter.take(buffer, length);
            if (limits.flushWhenIdle() && rest.available() == 0) {
                cutter.idle();
            }
            buffer = readBuffer;
            length = rest.read(readBuffer);
        }
        cutter.finish();
    }

    /** The cutting state across reads. */
    private final class Cutter {
        private final ChunkConsumer consumer;
        private byte[] chunk = new byte[1 << 16];
        /** Bytes held in {@code chunk}; the first {@code completeBytes} of them end at a line end. */
        private int size;
        private int completeBytes;
        private int linesInBatch;
        private long bytesEmittedInBatch;
        private long firstLine = 1;
        private long linesSeen;

        Cutter(ChunkConsumer consumer) {
            this.consumer = consumer;
        }

        void take(byte[] buffer, int length) {
            int from = 0;
            for (int end = Latin1.indexOf(buffer, 0, length, NEWLINE); end < length;
                    end = Latin1.indexOf(buffer, end + 1, length, NEWLINE)) {
                append(buffer, from, end + 1 - from);
                from = end + 1;
                completeBytes = size;
                linesSeen++;
                boolean endsBatch = ++linesInBatch == limits.linesPerBatch()
                        || bytesEmittedInBatch + completeBytes >= limits.maxBatchBytes();
                if (endsBatch || completeBytes >= limits.maxChunkBytes()) {
                    emitCompleteLines(endsBatch);
                }
            }
            append(buffer, from, length - from);
        }

        void idle() {
            if (completeBytes > 0) {
                emitCompleteLines(true);
            }
            consumer.idle();
        }

        /** The rest, if any: its last line may have no line end. (A batch left open is closed by the caller.) */
        void finish() {
            if (size > 0) {
                if (chunk[size - 1] != NEWLINE) {
                    linesSeen++;
                }
                completeBytes = size;
                emitCompleteLines(true);
            }
        }

        private void append(byte[] bytes, int from, int length) {
            if (size + length > chunk.length) {
                chunk = Arrays.copyOf(chunk, Math.max(chunk.length * 2, size + length));
            }
            System.arraycopy(bytes, from, chunk, size, length);
            size += length;
        }

        /** Hands on the complete lines held; a started line stays for the next chunk. */
        private void emitCompleteLines(boolean endsBatch) {
            consumer.accept(new Chunk(name + ":" + firstLine + "-" + linesSeen, Arrays.copyOf(chunk, completeBytes), endsBatch));
            int started = size - completeBytes;
            byte[] keep = chunk.length > KEEP_BUFFER_BYTES && started < KEEP_BUFFER_BYTES ? new byte[Math.max(1 << 16, started)] : chunk;
            System.arraycopy(chunk, completeBytes, keep, 0, started);
            chunk = keep;
            size = started;
            bytesEmittedInBatch = endsBatch ? 0 : bytesEmittedInBatch + completeBytes;
            completeBytes = 0;
            firstLine = linesSeen + 1;
            if (endsBatch) {
                linesInBatch = 0;
            }
        }
    }
}
