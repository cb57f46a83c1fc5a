package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.reader.Readers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatcherTest {

    private final InMemoryIngestion ingestion = new InMemoryIngestion();
    private final Ingester ingester = new Ingester(ingestion, new Readers(Clock.systemUTC()), Optional.empty(), "local", 100,
            new IngestStats());

    @Test
    void shouldTakeANewFileOnceItStoppedChangingBetweenTwoScans(@TempDir Path dir) throws Exception {
        DirectoryWatcher watcher = new DirectoryWatcher(ingester, dir, Duration.ofMillis(10));
        watcher.run(() -> true);
        Files.writeString(dir.resolve("late.jsonl"), "{\"title\":\"Late\",\"body\":\"Arrived later.\"}\n");

        watcher.scanOnce();
        assertThat(ingestion.published).isEmpty();
        watcher.scanOnce();
        assertThat(ingestion.published).extracting(a -> a.getTitle()).containsExactly("Late");
        watcher.scanOnce();
        assertThat(ingestion.inputs).hasSize(1);
    }

    @Test
    void shouldReadAChangedFileAgainAndSeeItsOldArticlesAsDuplicates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, "{\"title\":\"First\",\"body\":\"One.\"}\n");
        DirectoryWatcher watcher = new DirectoryWatcher(ingester, dir, Duration.ofMillis(10));
        watcher.run(() -> true);

        Files.writeString(file, "{\"title\":\"First\",\"body\":\"One.\"}\n{\"title\":\"Second\",\"body\":\"Two.\"}\n");
        watcher.scanOnce();
        watcher.scanOnce();

        assertThat(ingestion.published).extracting(a -> a.getTitle()).containsExactly("First", "Second");
        assertThat(ingester.stats().duplicates()).isEqualTo(1);
    }
}
