package io.newsflow.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.ingest.Samples;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated news-like articles as JSON lines: words drawn from the bundled samples' vocabulary, a unique
 * URL per article (so every one is new to the seen-set), bodies of about the requested size in paragraphs.
 */
final class BenchCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchCorpus() {
    }

    /** Writes {@code count} lines to {@code file} and returns the total bytes. */
    static long write(Path file, int count, int bodyChars, String runId) throws IOException {
        List<String> words = vocabulary();
        SplittableRandom random = new SplittableRandom(42);
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String line = JSON.writeValueAsString(article(i, runId, words, random, bodyChars)) + "\n";
                out.write(line);
                bytes += line.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }

    private static ObjectNode article(int i, String runId, List<String> words, SplittableRandom random, int bodyChars) {
        ObjectNode node = JSON.createObjectNode();
        node.put("url", "https://bench.example.org/" + runId + "/" + i);
        node.put("source", "bench");
        node.put("title", sentence(words, random, 10));
        node.put("publishedAt", Instant.ofEpochSecond(1_700_000_000L + i).toString());
        node.put("body", body(words, random, bodyChars));
        node.putArray("tags").add("bench");
        return node;
    }

    private static String body(List<String> words, SplittableRandom random, int chars) {
        StringBuilder body = new StringBuilder(chars + 200);
        while (body.length() < chars) {
            body.append(sentence(words, random, 12 + random.nextInt(14))).append(' ');
            if (random.nextInt(5) == 0) {
                body.append("\n\n");
            }
        }
        return body.toString().trim();
    }

    private static String sentence(List<String> words, SplittableRandom random, int length) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = words.get(random.nextInt(words.size()));
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
        }
        return sentence.toString().trim() + ".";
    }

    private static List<String> vocabulary() {
        return Samples.names().stream()
                .flatMap(name -> Arrays.stream(Samples.text(name).split("[^\\p{L}'-]+")))
                .filter(w -> w.length() > 1)
                .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
    }
}
