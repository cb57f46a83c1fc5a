package io.newsflow.ingest.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory of 1,000 articles in every format ingest reads — 990 distinct, 10 repeats of earlier ones —
 * plus 10 broken inputs. Everything is generated: distinct titles, bodies and URLs per article.
 *
 * <pre>
 * text/      200 plain-text wire files + 3 copies (duplicates) + 2 with a bad date line (broken)
 * jsonl/     4 files × 100 lines, + 4 lines repeating ninjs URLs (duplicates),
 *            + 3 malformed lines and 2 lines without a body (broken)
 * ninjs/     100 documents + 1 without any body (broken)
 * rss/       2 feeds × 75 items, + 3 items repeating jsonl URLs (duplicates), + 1 item with a bad pubDate (broken)
 * atom/      2 feeds × 70 entries
 * broken.xml 1 file that is not XML (broken)
 * </pre>
 */
final class MixedCorpus {

    static final int DISTINCT = 990;
    static final int DUPLICATES = 10;
    static final int BROKEN = 10;

    private MixedCorpus() {
    }

    static void write(Path root) throws IOException {
        textFiles(root.resolve("text"));
        jsonLines(root.resolve("jsonl"));
        ninjs(root.resolve("ninjs"));
        rss(root.resolve("rss"));
        atom(root.resolve("atom"));
        Files.writeString(root.resolve("broken.xml"), "<rss><channel><item><title>never closed", StandardCharsets.UTF_8);
    }

    private static void textFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < 200; i++) {
            Files.writeString(dir.resolve(String.format("article-%03d.txt", i)), text(i, "06 November, 2016"));
        }
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve(String.format("copy-of-%03d.txt", i)), text(i, "06 November, 2016"));
        }
        Files.writeString(dir.resolve("bad-date-1.txt"), text(900, "the sixth of November"));
        Files.writeString(dir.resolve("bad-date-2.txt"), text(901, "31 Febtober, 2016"));
    }

    private static String text(int i, String date) {
        return "Text story " + i + " headline\n\nText story " + i + " headline\nLede of text story " + i + ".\n2 min read\n"
                + date + "\nA caption for story " + i + " [Agency]\n\n" + body("text", i) + "\n";
    }

    private static void jsonLines(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int f = 0; f < 4; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = f * 100 + i;
                lines.add(json("https://wire.example.org/jsonl/" + n, "JSON story " + n, body("jsonl", n)));
            }
            if (f == 0) {
                for (int d = 0; d < 4; d++) {
                    lines.add(json(ninjsUrl(d), "Same story as ninjs " + d, body("repeat", d)));
                }
                lines.add("{\"title\": \"unterminated");
                lines.add("{\"title\": \"no body 1\", \"url\": \"https://wire.example.org/nobody/1\"}");
            }
            if (f == 1) {
                lines.add("this is not json at all");
                lines.add("{\"title\": \"no body 2\", \"url\": \"https://wire.example.org/nobody/2\"}");
                lines.add("[1, 2,");
            }
            Files.write(dir.resolve("feed-" + f + ".jsonl"), lines, StandardCharsets.UTF_8);
        }
    }

    private static String json(String url, String title, String body) {
        return "{\"url\":\"" + url + "\",\"source\":\"Wire\",\"title\":\"" + title + "\",\"body\":\"" + body.replace("\n", "\\n")
                + "\",\"publishedAt\":\"" + Instant.parse("2024-03-01T10:00:00Z") + "\",\"authors\":[\"Desk\"]}";
    }

    private static void ninjs(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < 100; i++) {
            Files.writeString(dir.resolve(String.format("item-%03d.json", i)), "{\"uri\":\"" + ninjsUrl(i) + "\",\"type\":\"text\","
                    + "\"headline\":\"Ninjs story " + i + "\",\"versioncreated\":\"2024-03-02T08:00:00+01:00\","
                    + "\"byline\":\"By Jane Doe\",\"language\":\"en\",\"body_html\":\"<p>" + body("ninjs", i).replace("\n\n", "</p><p>")
                    + "</p>\"}");
        }
        Files.writeString(dir.resolve("item-no-body.json"), "{\"uri\":\"https://agency.example.org/ninjs/empty\","
                + "\"type\":\"text\",\"headline\":\"Headline without a body\",\"versioncreated\":\"2024-03-02T08:00:00Z\"}");
    }

    private static String ninjsUrl(int i) {
        return "https://agency.example.org/ninjs/" + i;
    }

    private static void rss(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int f = 0; f < 2; f++) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                    + "<title>Publisher " + f + "</title><link>https://publisher.example.org/</link><description>d</description>");
            for (int i = 0; i < 75; i++) {
                int n = f * 75 + i;
                xml.append(item("https://publisher.example.org/rss/" + n, "RSS story " + n, body("rss", n), "Fri, 01 Mar 2024 10:00:00 GMT"));
            }
            if (f == 0) {
                for (int d = 0; d < 3; d++) {
                    xml.append(item("https://wire.example.org/jsonl/" + d, "JSON story again " + d, body("again", d),
                            "Fri, 01 Mar 2024 10:00:00 GMT"));
                }
                xml.append(item("https://publisher.example.org/rss/bad-date", "Bad date story", body("bad", 1), "someday soon"));
            }
            xml.append("</channel></rss>\n");
            Files.writeString(dir.resolve("feed-" + f + ".xml"), xml);
        }
    }

    private static String item(String link, String title, String body, String date) {
        return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + date + "</pubDate>"
                + "<description><![CDATA[<p>" + body.replace("\n\n", "</p><p>") + "</p>]]></description></item>\n";
    }

    private static void atom(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int f = 0; f < 2; f++) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                    + "<title>Atom publisher " + f + "</title><id>urn:feed:" + f + "</id><updated>2024-03-03T00:00:00Z</updated>");
            for (int i = 0; i < 70; i++) {
                int n = f * 70 + i;
                xml.append("<entry><title>Atom story ").append(n).append("</title><id>urn:entry:").append(n).append("</id>")
                        .append("<link rel=\"alternate\" href=\"https://atom.example.org/").append(n).append("\"/>")
                        .append("<published>2024-03-03T09:00:00Z</published><updated>2024-03-03T09:00:00Z</updated>")
                        .append("<author><name>Atom Writer</name></author>")
                        .append("<content type=\"html\">&lt;p&gt;").append(body("atom", n)).append("&lt;/p&gt;</content></entry>\n");
            }
            xml.append("</feed>\n");
            Files.writeString(dir.resolve("feed-" + f + ".atom"), xml);
        }
    }

    private static String body(String kind, int i) {
        return "Paragraph one of the " + kind + " story number " + i + " reports on events in a city.\n\n"
                + "Paragraph two adds detail " + (i * 7919 % 1000) + " and a quote from an official.";
    }
}
