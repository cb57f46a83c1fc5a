package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.reader.Readers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    private final InMemoryIngestion ingestion = new InMemoryIngestion();
    private final Ingester ingester = new Ingester(ingestion, new Readers(Clock.systemUTC()), Optional.empty(), "local", 3,
            new IngestStats());

    @Test
    void shouldCutJsonLinesIntoNamedChunksKeepingEveryByte() throws Exception {
        String lines = IntStream.range(0, 7).mapToObj(i -> "{\"title\":\"T" + i + "\",\"body\":\"B" + i + "\"}")
                .collect(Collectors.joining("\r\n", "", "\r\n"));

        ingester.ingestStream("stdin", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));

        assertThat(ingestion.inputs).extracting(i -> i.name()).containsExactly("stdin:1-3", "stdin:4-6", "stdin:7-7");
        String joined = ingestion.inputs.stream().map(i -> new String(i.bytes(), StandardCharsets.UTF_8)).collect(Collectors.joining());
        assertThat(joined).isEqualTo(lines);
        assertThat(ingester.stats().summary()).isEqualTo("ingested=7 duplicates=0 rejected=0");
    }

    @Test
    void shouldWalkADirectoryRecursivelySkippingHiddenFilesAndDetectingFormats(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("a/one.jsonl"), "{\"title\":\"One\",\"body\":\"First.\"}\n");
        Files.writeString(dir.resolve("a/b/two.xml"), "<rss version=\"2.0\"><channel><title>P</title><item><title>Two</title>"
                + "<description>Second.</description></item></channel></rss>");
        Files.writeString(dir.resolve(".git/config"), "[core]");
        Files.writeString(dir.resolve("a/.swap.jsonl"), "{\"title\":\"Hidden\",\"body\":\"x\"}\n");

        ingester.ingestPath(dir);

        assertThat(ingestion.published).extracting(a -> a.getTitle() + "/" + a.getFormat())
                .containsExactly("Two/rss", "One/jsonl");
        assertThat(ingester.stats().summary()).isEqualTo("ingested=2 duplicates=0 rejected=0");
    }

    @Test
    void shouldCountDuplicatesAndRejectionsInTheSummary(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("feed.jsonl"), "{\"title\":\"Same\",\"body\":\"Body\"}\n"
                + "{\"title\":\"Same\",\"body\":\"Body\"}\n{\"title\":\"No body\"}\nnot json\n");

        ingester.ingestPath(dir);

        assertThat(ingester.stats().summary()).isEqualTo("ingested=1 duplicates=1 rejected=2");
    }
}
