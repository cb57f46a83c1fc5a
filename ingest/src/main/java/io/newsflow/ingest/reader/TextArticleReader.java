package io.newsflow.ingest.reader;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text wire format of scraped articles, one article per file: title; the title repeated; the
 * lede; a "N min read" line; a date line such as {@code 06 November, 2016}; an optional caption ending in
 * {@code [Agency]}; then the body paragraphs. Blank lines between the header lines are ignored.
 */
public final class TextArticleReader implements ArticleReader {

    public static final String FORMAT = "text";
    private static final Pattern READ_TIME = Pattern.compile("\\d+\\s+min(ute)?s?\\s+read", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(".*\\[([^\\]]+)]\\s*$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMMM, yyyy", Locale.ENGLISH);

    @Override
    public String format() {
        return FORMAT;
    }

    /** One input is one article. */
    @Override
    public List<Item> read(Input input) {
        return List.of(Item.of(input.bytes(), () -> parse(input.strictText())));
    }

    public RawArticle parse(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.replace("\r\n", "\n").split("\n", -1)));
        String title = TextNormalizer.line(takeNonBlank(lines, "a title line"));
        String repeated = TextNormalizer.line(takeNonBlank(lines, "the repeated title"));
        if (!repeated.equals(title)) {
            throw new InvalidArticleException("second header line must repeat the title \"" + title + "\" but is \""
                    + repeated + "\"");
        }
        String lede = TextNormalizer.line(takeNonBlank(lines, "a lede line"));
        String readTime = TextNormalizer.line(takeNonBlank(lines, "a \"N min read\" line"));
        if (!READ_TIME.matcher(readTime).matches()) {
            throw new InvalidArticleException("expected a \"N min read\" line after the lede, found \"" + readTime + "\"");
        }
        Instant published = date(TextNormalizer.line(takeNonBlank(lines, "a date line")));
        List<String> tags = caption(lines);
        String body = TextNormalizer.paragraphs(String.join("\n", lines));
        if (body.isEmpty()) {
            throw new InvalidArticleException("the article has no body paragraphs");
        }
        return RawArticle.builder(FORMAT).title(title).summary(lede).body(body, false).publishedAt(published)
                .tags(tags).build();
    }
    private static String takeNonBlank(List<String> lines, String what) {
        while (!lines.isEmpty()) {
            String line = lines.remove(0);
            if (!line.isBlank()) {
                return line;
            }
        }
        throw new InvalidArticleException("text article ended before " + what);
    }

    private static Instant date(String line) {
        try {
            return LocalDate.parse(line, DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("unparseable date line \"" + line + "\" (expected e.g. \"06 November, 2016\")", e);
        }
    }

    /** The caption line (photo caption ending in "[Agency]") is not body text; its agency becomes a tag. */
    private static List<String> caption(List<String> lines) {
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return List.of();
        }
        Matcher m = CAPTION.matcher(lines.get(0));
        if (!m.matches()) {
            return List.of();
        }
        lines.remove(0);
        return List.of("photo:" + m.group(1).trim());
    }
}
