package io.newsflow.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the temporary directories a test stack or a benchmark leaves behind. */
public final class Directories {

    private Directories() {
    }

    /** Deletes the tree, best effort: it is temporary data and the OS cleans up what is left. */
    public static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // nothing to delete, or already gone
        }
    }
}
