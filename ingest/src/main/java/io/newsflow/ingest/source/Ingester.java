package io.newsflow.ingest.source;

import io.newsflow.ingest.pipeline.Ingestion;
import io.newsflow.ingest.pipeline.Outcome;
import io.newsflow.ingest.pipeline.PreparedInput;
import io.newsflow.ingest.pipeline.StagedIngestion;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import io.newsflow.ingest.reader.JsonArticleReader;
import io.newsflow.ingest.reader.Readers;
import io.newsflow.schemas.serde.Latin1;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds files, directories and streams into an {@link Ingestion}. JSON-lines input is cut into chunks of
 * lines so a file of any size is ingested in bounded memory; other formats are read whole (one document).
 */
public final class Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    private final Ingestion ingestion;
    private final Readers readers;
    private final Optional<String> format;
    private final String defaultSource;
    private final int linesPerChunk;
    private final IngestStats stats;

    public Ingester(Ingestion ingestion, Readers readers, Optional<String> format, String defaultSource, int linesPerChunk,
            IngestStats stats) {
        this.ingestion = ingestion;
        this.readers = readers;
        this.format = format;
        this.defaultSource = defaultSource;
        this.linesPerChunk = linesPerChunk;
        this.stats = stats;
    }

    public IngestStats stats() {
        return stats;
    }

    /** A file, or every regular non-hidden file below a directory, in name order. */
    public void ingestPath(Path path) {
        for (Path file : files(path)) {
            ingestFile(file);
        }
    }

    public void ingestFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            ingestStream(file.toString(), in);
        } catch (IOException e) {
            stats.failure();
            LOG.warn("Cannot read {}: {}", file, e.getMessage());
        }
    }

    /**
     * Reads the stream to its end: line-chunked when it is JSON lines (its first line is a JSON object on its
     * own), else as one document — a pretty-printed JSON array or ninjs file is one document whatever its size.
     */
    public void ingestStream(String name, InputStream in) throws IOException {
        ingestStream(name, in, LineChunks.Limits.forFiles(linesPerChunk));
    }

    /**
     * Like {@link #ingestStream(String, InputStream)} for a stream another program writes as it goes (stdin in a
     * pipe): JSON lines are published whenever the stream pauses, not only when a batch is full.
     */
    public void ingestLiveStream(String name, InputStream in) throws IOException {
        ingestStream(name, in, LineChunks.Limits.forLiveStream(linesPerChunk));
    }

    private void ingestStream(String name, InputStream in, LineChunks.Limits limits) throws IOException {
        boolean live = limits.flushWhenIdle();
        byte[] head = read(in, 4096, live);
        String detected = format.orElseGet(() -> readers.detect(name, head));
        ArticleReader reader = readers.forFormat(detected);
        byte[] start = "jsonl".equals(detected) ? untilFirstLineEnds(head, in, live) : head;
        if ("jsonl".equals(detected) && JsonArticleReader.startsWithObjectLine(start)) {
            try (Pipeline pipeline = new Pipeline(reader)) {
                new LineChunks(name, start, in, limits).forEach(pipeline);
            }
        } else {
            ByteArrayOutputStream all = new ByteArrayOutputStream(Math.max(start.length, 8192));
            all.write(start);
            in.transferTo(all);
            ingest(new Input(name, all.toByteArray(), defaultSource), reader);
        }
    }

    /**
     * The head, extended until it holds the first non-blank line and its line end (or the stream ends). Linear in
     * the length of that line: a minified JSON export is one line of many megabytes, read 64 KB at a time, and
     * the head is only looked at again when a read brought a line end.
     */
    private static byte[] untilFirstLineEnds(byte[] head, InputStream in, boolean live) throws IOException {
        if (JsonArticleReader.holdsFirstLine(head)) {
            return head;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(head.length * 2, 1 << 16));
        bytes.write(head);
        for (byte[] more = read(in, 1 << 16, live); more.length > 0; more = read(in, 1 << 16, live)) {
            bytes.write(more);
            if (containsLineEnd(more) && JsonArticleReader.holdsFirstLine(bytes.toByteArray())) {
                break;
            }
        }
        return bytes.toByteArray();
    }

    private static boolean containsLineEnd(byte[] bytes) {
        return Latin1.indexOf(bytes, 0, bytes.length, (byte) '\n') < bytes.length;
    }

    /**
     * Up to {@code max} bytes; empty at the end of the stream. A file is read until {@code max} bytes are there; a
     * live stream gives what has arrived (at least one byte), so a single short line is not kept waiting.
     */
    private static byte[] read(InputStream in, int max, boolean live) throws IOException {
        if (!live) {
            return in.readNBytes(max);
        }
        byte[] buffer = new byte[max];
        int count = in.read(buffer);
        return count <= 0 ? new byte[0] : Arrays.copyOf(buffer, count);
    }

    /** One whole input, e.g. a fetched feed. */
    public Outcome ingest(Input input, ArticleReader reader) {
        Outcome outcome = ingestion.ingest(input, reader);
        stats.record(input.bytes().length, outcome);
        return outcome;
    }

    /**
     * Prepares the next chunks while the current batch is published, when the ingestion is staged: CPU and Kafka
     * I/O overlap instead of taking turns. Two preparing threads, because preparing (parse, normalise, encode) was
     * the slowest stage. Chunks are published in input order, a batch of them (up to {@code linesPerChunk} lines)
     * at a time so they share transactions. At most three batches wait, so memory stays bounded.
     */
    private final class Pipeline implements LineChunks.ChunkConsumer, AutoCloseable {

        private static final int AHEAD = 2;
        private final ArticleReader reader;
        private final ArrayDeque<List<Future<PreparedInput>>> batches = new ArrayDeque<>();
        private List<Future<PreparedInput>> open = new ArrayList<>();
        private final ExecutorService preparer = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "ingest-prepare");
            thread.setDaemon(true);
            return thread;
        });

        Pipeline(ArticleReader reader) {
            this.reader = reader;
        }

        @Override
        public void accept(LineChunks.Chunk chunk) {
            Input input = new Input(chunk.name(), chunk.bytes(), defaultSource);
            if (!(ingestion instanceof StagedIngestion staged)) {
                ingest(input, reader);
                return;
            }
            open.add(preparer.submit(() -> staged.prepare(input, reader)));
            if (chunk.endsBatch()) {
                closeBatch();
            }
            while (batches.size() > AHEAD) {
                publishOldest(staged);
            }
        }

        @Override
        public void idle() {
            closeBatch();
            if (ingestion instanceof StagedIngestion staged) {
                while (!batches.isEmpty()) {
                    publishOldest(staged);
                }
            }
        }

        private void closeBatch() {
            if (!open.isEmpty()) {
                batches.add(open);
                open = new ArrayList<>();
            }
        }

        private void publishOldest(StagedIngestion staged) {
            List<PreparedInput> prepared = batches.remove().stream().map(this::await).toList();
            List<Outcome> outcomes = staged.publish(prepared);
            for (int i = 0; i < prepared.size(); i++) {
                stats.record(prepared.get(i).input().bytes().length, outcomes.get(i));
            }
        }

        @Override
        public void close() {
            try {
                closeBatch();
                while (!batches.isEmpty()) {
                    publishOldest((StagedIngestion) ingestion);
                }
            } finally {
                batches.forEach(batch -> batch.forEach(f -> f.cancel(true)));
                preparer.shutdownNow();
            }
        }

        private PreparedInput await(Future<PreparedInput> future) {
            try {
                return future.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while preparing input", e);
            }
        }
    }

    public Readers readers() {
        return readers;
    }

    public Optional<String> format() {
        return format;
    }

    public String defaultSource() {
        return defaultSource;
    }

    static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + " is neither a file nor a directory");
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(p -> !isHidden(path, p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }

    /** Dot-files and files in dot-directories (editor swap files, .git) are not articles. */
    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
