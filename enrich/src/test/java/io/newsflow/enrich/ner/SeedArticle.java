package io.newsflow.enrich.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The ingest module's seed article (read from the source tree: enrich does not depend on ingest). */
final class SeedArticle {

    static final Path FILE = Path.of("../ingest/src/main/resources/io/newsflow/ingest/samples/"
            + "01-soleimani-mosul-2016.txt");

    private SeedArticle() {
    }

    /** The whole file. */
    static String text() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line. */
    static String title() {
        String text = text();
        return text.substring(0, text.indexOf('\n')).strip();
    }

    /** Everything after the first line. */
    static String body() {
        String text = text();
        return text.substring(text.indexOf('\n')).strip();
    }
}
