package io.newsflow.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a stream of lines into chunks of at most N lines, keeping every byte as it was (line endings
 * included), and names each chunk after its lines, e.g. {@code feed.jsonl:1-2000}.
 */
final class LineChunks {

    private final String name;
    private final byte[] head;
    private final InputStream rest;
    private final int linesPerChunk;

    LineChunks(String name, byte[] head, InputStream rest, int linesPerChunk) {
        this.name = name;
        this.head = head;
        this.rest = rest;
        this.linesPerChunk = linesPerChunk;
    }

    record Chunk(String name, byte[] bytes) {
    }

    interface ChunkConsumer {
        void accept(Chunk chunk);
    }

    void forEach(ChunkConsumer consumer) throws IOException {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 20);
        byte[] readBuffer = new byte[1 << 16];
        byte[] buffer = head;
        int length = head.length;
        int lines = 0;
        long firstLine = 1;
        while (length >= 0) {
            int segmentStart = 0;
            for (int i = 0; i < length; i++) {
                if (buffer[i] == '\n' && ++lines == linesPerChunk) {
                    chunk.write(buffer, segmentStart, i + 1 - segmentStart);
                    consumer.accept(new Chunk(name + ":" + firstLine + "-" + (firstLine + lines - 1), chunk.toByteArray()));
                    chunk.reset();
                    segmentStart = i + 1;
                    firstLine += lines;
                    lines = 0;
                }
            }
            chunk.write(buffer, segmentStart, length - segmentStart);
            buffer = readBuffer;
            length = rest.read(readBuffer);
        }
        if (chunk.size() > 0) {
            byte[] last = chunk.toByteArray();
            long lastLine = firstLine + lines - (last[last.length - 1] == '\n' ? 1 : 0);
            consumer.accept(new Chunk(name + ":" + firstLine + "-" + lastLine, last));
        }
    }
}
