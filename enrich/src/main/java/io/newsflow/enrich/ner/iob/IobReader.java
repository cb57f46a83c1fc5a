package io.newsflow.enrich.ner.iob;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style IOB files: one token per line with the word first and the tag last (columns between,
 * such as POS and chunk, are ignored), a blank line between sentences, {@code -DOCSTART-} between documents.
 */
public final class IobReader {

    private static final String DOCSTART = "-DOCSTART-";

    private IobReader() {
    }

    public static List<IobDocument> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    public static List<IobDocument> read(Reader source) throws IOException {
        Builder builder = new Builder();
        BufferedReader lines = new BufferedReader(source);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            builder.accept(line.strip());
        }
        return builder.finish();
    }

    /** Collects lines into sentences and sentences into documents. */
    private static final class Builder {
        private final List<IobDocument> documents = new ArrayList<>();
        private final List<IobSentence> sentences = new ArrayList<>();
        private final List<String> words = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();

        void accept(String line) {
            if (line.isEmpty()) {
                endSentence();
            } else if (line.startsWith(DOCSTART)) {
                endDocument();
            } else {
                String[] columns = line.split("\\s+");
                words.add(columns[0]);
                tags.add(columns.length > 1 ? columns[columns.length - 1] : "O");
            }
        }

        List<IobDocument> finish() {
            endDocument();
            return List.copyOf(documents);
        }

        private void endSentence() {
            if (!words.isEmpty()) {
                sentences.add(new IobSentence(words, tags));
                words.clear();
                tags.clear();
            }
        }

        private void endDocument() {
            endSentence();
            if (!sentences.isEmpty()) {
                documents.add(new IobDocument(sentences));
                sentences.clear();
            }
        }
    }
}
