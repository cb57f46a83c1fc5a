package io.newsflow.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --watch} on a directory: scans it every interval and ingests files that are new or changed.
 * Polling, not a WatchService: it behaves the same on every file system (network mounts, containers),
 * and a file is taken only once its size and time stopped changing between two scans, so a file still
 * being written is never read half-way. A changed file is read again; its unchanged articles are
 * recognised as duplicates.
 */
public final class DirectoryWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    private final Ingester ingester;
    private final Path root;
    private final Duration interval;
    private final Map<Path, FileState> ingested = new HashMap<>();
    private final Map<Path, FileState> pending = new HashMap<>();

    public DirectoryWatcher(Ingester ingester, Path root, Duration interval) {
        this.ingester = ingester;
        this.root = root;
        this.interval = interval;
    }

    /** The files present now are taken at once; then new ones are picked up until {@code stop} says so. */
    public void run(BooleanSupplier stop) throws InterruptedException {
        for (Path file : Ingester.files(root)) {
            ingest(file, state(file));
        }
        while (!stop.getAsBoolean()) {
            Thread.sleep(interval.toMillis());
            scanOnce();
        }
    }

    void scanOnce() {
        for (Path file : Ingester.files(root)) {
            FileState now = state(file);
            if (now == null || now.equals(ingested.get(file))) {
                continue;
            }
            if (now.equals(pending.get(file))) {
                pending.remove(file);
                ingest(file, now);
            } else {
                pending.put(file, now);
            }
        }
    }

    private void ingest(Path file, FileState state) {
        LOG.debug("Ingesting {}", file);
        ingester.ingestFile(file);
        ingested.put(file, state);
    }

    private static FileState state(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException gone) {
            return null;
        }
    }

    private record FileState(long size, long modifiedMillis) {
    }
}
