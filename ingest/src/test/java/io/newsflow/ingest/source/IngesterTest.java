package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.pipeline.Outcome;
import io.newsflow.ingest.pipeline.PreparedInput;
import io.newsflow.ingest.pipeline.StagedIngestion;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import io.newsflow.ingest.reader.Readers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    @Test
    void shouldReadAPrettyPrintedJsonArrayAsOneDocumentHoweverManyLinesItHas() throws Exception {
        String pretty = IntStream.range(0, 4).mapToObj(i -> "  {\n    \"title\": \"T" + i + "\",\n    \"body\": \"B" + i + "\"\n  }")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));

        ingester.ingestStream("export.json", new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8)));

        assertThat(ingestion.inputs).extracting(i -> i.name()).containsExactly("export.json");
        assertThat(ingester.stats().summary()).isEqualTo("ingested=4 duplicates=0 rejected=0");
    }

    @Test
    void shouldPublishTheSmallChunksOfOneBatchTogether() throws Exception {
        GroupingIngestion staged = new GroupingIngestion(ingestion);
        Ingester batching = new Ingester(staged, new Readers(Clock.systemUTC()), Optional.empty(), "local", 4, new IngestStats());
        String body = "b".repeat(100_000); // two lines pass the chunk byte limit, so a chunk holds two
        String lines = IntStream.range(0, 10).mapToObj(i -> "{\"title\":\"T" + i + "\",\"body\":\"" + body + i + "\"}")
                .collect(Collectors.joining("\n", "", "\n"));

        batching.ingestStream("big.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));

        assertThat(staged.groups).containsExactly(List.of("big.jsonl:1-2", "big.jsonl:3-4"),
                List.of("big.jsonl:5-6", "big.jsonl:7-8"), List.of("big.jsonl:9-10"));
        assertThat(batching.stats().summary()).isEqualTo("ingested=10 duplicates=0 rejected=0");
    }

    @Test
    void shouldPublishEachLineOfALiveStreamBeforeTheNextArrives() throws Exception {
        GroupingIngestion staged = new GroupingIngestion(ingestion);
        Ingester live = new Ingester(staged, new Readers(Clock.systemUTC()), Optional.of("jsonl"), "local", 1_000, new IngestStats());
        java.io.PipedOutputStream writer = new java.io.PipedOutputStream();
        java.io.PipedInputStream stdin = new java.io.PipedInputStream(writer, 1 << 16);
        Thread reading = new Thread(() -> {
            try {
                live.ingestLiveStream("stdin", stdin);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        reading.start();

        for (int i = 1; i <= 3; i++) {
            writer.write(("{\"title\":\"T" + i + "\",\"body\":\"Body " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
            writer.flush();
            int published = i;
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> ingestion.published.size() == published);
        }
        writer.close();
        reading.join(10_000);

        assertThat(ingestion.published).extracting(a -> a.getTitle()).containsExactly("T1", "T2", "T3");
        assertThat(live.stats().summary()).isEqualTo("ingested=3 duplicates=0 rejected=0");
    }

    @Test
    void shouldReadAMinifiedJsonArrayLongerThanOneReadAsOneDocument() throws Exception {
        String body = "b".repeat(1_500);
        String minified = IntStream.range(0, 200).mapToObj(i -> "{\"title\":\"T" + i + "\",\"body\":\"" + body + "\"}")
                .collect(Collectors.joining(",", "[", "]")); // about 300 KB on one line, no line end

        ingester.ingestStream("export.json", new ByteArrayInputStream(minified.getBytes(StandardCharsets.UTF_8)));

        assertThat(ingestion.inputs).extracting(i -> i.name()).containsExactly("export.json");
        assertThat(ingester.stats().summary()).isEqualTo("ingested=200 duplicates=0 rejected=0");
    }

    /** A staged ingestion that records which inputs were published together, and ingests them in memory. */
    private static final class GroupingIngestion implements StagedIngestion {
        final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
        private final InMemoryIngestion delegate;
        private final Map<Input, ArticleReader> readers = new ConcurrentHashMap<>();

        GroupingIngestion(InMemoryIngestion delegate) {
            this.delegate = delegate;
        }

        @Override
        public PreparedInput prepare(Input input, ArticleReader reader) {
            readers.put(input, reader);
            return new PreparedInput(input, Instant.EPOCH, List.of());
        }

        @Override
        public Outcome publish(PreparedInput prepared) {
            return delegate.ingest(prepared.input(), readers.get(prepared.input()));
        }

        @Override
        public List<Outcome> publish(List<PreparedInput> prepared) {
            groups.add(prepared.stream().map(p -> p.input().name()).toList());
            return StagedIngestion.super.publish(prepared);
        }

        @Override
        public Outcome ingest(Input input, ArticleReader reader) {
            return publish(prepare(input, reader));
        }
    }
}
