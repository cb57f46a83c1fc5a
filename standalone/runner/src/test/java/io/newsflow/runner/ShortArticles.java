package io.newsflow.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Many short news articles (two sentences naming a person, an organisation and a city), each with its own url:
 * enough text for entities and places, little enough that tens of thousands go through the NLP in a test.
 */
final class ShortArticles {

    private static final String[] PEOPLE = {"Angela Merkel", "Emmanuel Macron", "Jacinda Ardern", "Cyril Ramaphosa",
        "Justin Trudeau", "Narendra Modi", "Luiz Inacio Lula da Silva", "Olaf Scholz", "Pedro Sanchez", "Mark Rutte"};
    private static final String[] ORGANISATIONS = {"United Nations", "World Bank", "European Union", "Red Cross",
        "World Health Organization", "International Monetary Fund", "African Union", "Amnesty International"};
    private static final String[] CITIES = {"Paris", "Nairobi", "Lima", "Jakarta", "Toronto", "Madrid", "Cairo",
        "Mumbai", "Sydney", "Warsaw", "Manila", "Bogota"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShortArticles() {
    }

    /** The url of article {@code i} of a run: ingest derives the article id from it. */
    static String url(String run, int i) {
        return "https://faults.example/" + run + "/" + i;
    }

    /** Writes {@code count} articles of a run as JSON lines into {@code files} files of a directory; returns their urls. */
    static List<String> writeDirectory(Path dir, String run, int count, int files, Instant publishedAt) throws IOException {
        Files.createDirectories(dir);
        List<String> urls = new ArrayList<>(count);
        int perFile = (count + files - 1) / files;
        for (int f = 0; f < files; f++) {
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(String.format("part-%04d.jsonl", f)), StandardCharsets.UTF_8)) {
                for (int i = f * perFile; i < Math.min(count, (f + 1) * perFile); i++) {
                    out.write(line(run, i, publishedAt));
                    out.write('\n');
                    urls.add(url(run, i));
                }
            }
        }
        return urls;
    }

    static String line(String run, int i, Instant publishedAt) throws IOException {
        String person = PEOPLE[i % PEOPLE.length];
        String organisation = ORGANISATIONS[(i / PEOPLE.length) % ORGANISATIONS.length];
        String city = CITIES[(i / 7) % CITIES.length];
        return JSON.writeValueAsString(JSON.createObjectNode()
                .put("url", url(run, i))
                .put("source", "faults-it")
                .put("title", person + " meets " + organisation + " envoys in " + city + " (" + run + " #" + i + ")")
                .put("publishedAt", publishedAt.toString())
                .put("body", person + " met officials of the " + organisation + " in " + city + " on Monday. "
                        + "The talks on trade and security were described as useful by both sides."));
    }
}
