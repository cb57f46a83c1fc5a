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

    private void cut(String text, int linesPerBatch, int maxChunkBytes) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] head = Arrays.copyOf(bytes, Math.min(5, bytes.length));
        ByteArrayInputStream rest = new ByteArrayInputStream(bytes, head.length, bytes.length - head.length);
        new LineChunks("f", head, rest, linesPerBatch, maxChunkBytes).forEach(chunks::add);
    }

    private String joined() {
        return chunks.stream().map(c -> new String(c.bytes(), StandardCharsets.UTF_8)).collect(Collectors.joining());
    }

    /** {@code count} lines of exactly {@code width} bytes including the line end. */
    private static String lines(int count, int width) {
        return IntStream.range(0, count).mapToObj(i -> "x".repeat(width - 1) + "\n").collect(Collectors.joining());
    }
}
