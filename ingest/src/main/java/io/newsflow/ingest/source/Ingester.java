package io.newsflow.ingest.source;

import io.newsflow.ingest.pipeline.Ingestion;
import io.newsflow.ingest.pipeline.Outcome;
import io.newsflow.ingest.pipeline.PreparedInput;
import io.newsflow.ingest.pipeline.StagedIngestion;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import io.newsflow.ingest.reader.Readers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    /** Reads the stream to its end: line-chunked when it is JSON lines, else as one document. */
    public void ingestStream(String name, InputStream in) throws IOException {
        byte[] head = in.readNBytes(4096);
        String detected = format.orElseGet(() -> readers.detect(name, head));
        ArticleReader reader = readers.forFormat(detected);
        if ("jsonl".equals(detected)) {
            try (Pipeline pipeline = new Pipeline(reader)) {
                new LineChunks(name, head, in, linesPerChunk)
                        .forEach(chunk -> pipeline.submit(new Input(chunk.name(), chunk.bytes(), defaultSource)));
            }
        } else {
            ByteArrayOutputStream all = new ByteArrayOutputStream(Math.max(head.length, 8192));
            all.write(head);
            in.transferTo(all);
            ingest(new Input(name, all.toByteArray(), defaultSource), reader);
        }
    }

    /** One whole input, e.g. a fetched feed. */
    public Outcome ingest(Input input, ArticleReader reader) {
        Outcome outcome = ingestion.ingest(input, reader);
        stats.record(input.bytes().length, outcome);
        return outcome;
    }

    /**
     * Prepares the next chunks while the current one is published, when the ingestion is staged: CPU and Kafka
     * I/O overlap instead of taking turns. Two preparing threads, because preparing (parse, normalise, encode) was
     * the slowest stage; chunks are still published in input order. At most three chunks wait, so memory stays
     * bounded.
     */
    private final class Pipeline implements AutoCloseable {

        private static final int AHEAD = 3;
        private final ArticleReader reader;
        private final java.util.ArrayDeque<java.util.concurrent.Future<PreparedInput>> pending = new java.util.ArrayDeque<>();
        private final java.util.concurrent.ExecutorService preparer = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "ingest-prepare");
            thread.setDaemon(true);
            return thread;
        });

        Pipeline(ArticleReader reader) {
            this.reader = reader;
        }

        void submit(Input input) {
            if (!(ingestion instanceof StagedIngestion staged)) {
                ingest(input, reader);
                return;
            }
            pending.add(preparer.submit(() -> staged.prepare(input, reader)));
            while (pending.size() > AHEAD) {
                publishOldest(staged);
            }
        }

        private void publishOldest(StagedIngestion staged) {
            PreparedInput prepared = await(pending.remove());
            stats.record(prepared.input().bytes().length, staged.publish(prepared));
        }

        @Override
        public void close() {
            try {
                while (!pending.isEmpty()) {
                    publishOldest((StagedIngestion) ingestion);
                }
            } finally {
                pending.forEach(f -> f.cancel(true));
                preparer.shutdownNow();
            }
        }

        private PreparedInput await(java.util.concurrent.Future<PreparedInput> future) {
            try {
                return future.get();
            } catch (java.util.concurrent.ExecutionException e) {
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
