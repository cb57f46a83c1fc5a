package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineChunksTest {

    private final List<LineChunks.Chunk> chunks = new ArrayList<>();

    @Test
    void shouldCutAtTheLineLimitAndMarkEachBatchEnd() throws Exception {
        cut(lines(7, 10), 3, 1 << 20);

        assertThat(chunks).extracting(LineChunks.Chunk::name).containsExactly("f:1-3", "f:4-6", "f:7-7");
        assertThat(chunks).extracting(LineChunks.Chunk::endsBatch).containsExactly(true, true, true);
    }

    @Test
    void shouldCutLargeBatchesIntoSmallChunksAtLineEndsWithoutLosingAByte() throws Exception {
        String text = lines(10, 40);

        cut(text, 6, 100);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.bytes().length).isLessThan(100 + 41));
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.bytes()[chunk.bytes().length - 1]).isEqualTo((byte) '\n'));
        assertThat(chunks).extracting(LineChunks.Chunk::name).containsExactly("f:1-3", "f:4-6", "f:7-9", "f:10-10");
        assertThat(chunks).extracting(LineChunks.Chunk::endsBatch).containsExactly(false, true, false, true);
        assertThat(joined()).isEqualTo(text);
    }

    @Test
    void shouldKeepAnUnterminatedLastLine() throws Exception {
        String text = lines(2, 10) + "{\"last\":1}";

        cut(text, 5, 1 << 20);

        assertThat(chunks).extracting(LineChunks.Chunk::name).containsExactly("f:1-3");
        assertThat(chunks.get(0).endsBatch()).isTrue();
        assertThat(joined()).isEqualTo(text);
    }

    @Test
    void shouldEndABatchAtTheFirstLineEndPastItsByteLimit() throws Exception {
        cut(lines(10, 40), new LineChunks.Limits(1_000, 100, 1 << 20, false));

        assertThat(chunks).extracting(LineChunks.Chunk::name).containsExactly("f:1-3", "f:4-6", "f:7-9", "f:10-10");
        assertThat(chunks).extracting(LineChunks.Chunk::endsBatch).containsExactly(true, true, true, true);
    }

    @Test
    void shouldPublishTheCompleteLinesOfALiveStreamWheneverItPauses() throws Exception {
        // three arrivals, the second ending inside a line; between them the stream has nothing to read
        PausingStream stream = new PausingStream("{\"a\":1}\n{\"b\":2}\n", "{\"c\":3}\n{\"d\"", ":4}\n");
        List<String> events = new ArrayList<>();
        LineChunks.ChunkConsumer consumer = new LineChunks.ChunkConsumer() {
            @Override
            public void accept(LineChunks.Chunk chunk) {
                events.add(chunk.name() + (chunk.endsBatch() ? " ends" : "") + " " + new String(chunk.bytes(), StandardCharsets.UTF_8).strip());
            }

            @Override
            public void idle() {
                events.add("idle");
            }
        };

        new LineChunks("stdin", new byte[0], stream, new LineChunks.Limits(1_000, 1 << 20, 1 << 20, true)).forEach(consumer);

        assertThat(events).containsExactly("idle",
                "stdin:1-2 ends {\"a\":1}\n{\"b\":2}", "idle",
                "stdin:3-3 ends {\"c\":3}", "idle",
                "stdin:4-4 ends {\"d\":4}", "idle");
    }

    /** Hands out its pieces one read at a time, saying nothing is available in between, as a quiet pipe does. */
    private static final class PausingStream extends java.io.InputStream {
        private final java.util.Deque<byte[]> pieces = new java.util.ArrayDeque<>();

        PausingStream(String... pieces) {
            for (String piece : pieces) {
                this.pieces.add(piece.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in blocks");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            byte[] piece = pieces.poll();
            if (piece == null) {
                return -1;
            }
            System.arraycopy(piece, 0, buffer, offset, piece.length);
            return piece.length;
        }

        @Override
        public int available() {
            return 0;
        }
    }

    private void cut(String text, int linesPerBatch, int maxChunkBytes) throws Exception {
        cut(text, new LineChunks.Limits(linesPerBatch, Long.MAX_VALUE, maxChunkBytes, false));
    }

    private void cut(String text, LineChunks.Limits limits) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] head = Arrays.copyOf(bytes, Math.min(5, bytes.length));
        ByteArrayInputStream rest = new ByteArrayInputStream(bytes, head.length, bytes.length - head.length);
        new LineChunks("f", head, rest, limits).forEach(chunks::add);
    }

    private String joined() {
        return chunks.stream().map(c -> new String(c.bytes(), StandardCharsets.UTF_8)).collect(Collectors.joining());
    }

    /** {@code count} lines of exactly {@code width} bytes including the line end. */
    private static String lines(int count, int width) {
        return IntStream.range(0, count).mapToObj(i -> "x".repeat(width - 1) + "\n").collect(Collectors.joining());
    }
}
