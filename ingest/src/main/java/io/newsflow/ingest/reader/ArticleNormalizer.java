package io.newsflow.ingest.reader;

import io.newsflow.ingest.ArticleIds;
import io.newsflow.schemas.avro.Article;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every reader's {@link RawArticle} becomes an {@code Article} here, the same way: HTML to text, NFC,
 * control characters stripped, white space collapsed, paragraph breaks kept; title and body required;
 * bodies over the size limit refused; the stable id computed from the normalised fields.
 */
public final class ArticleNormalizer {

    /** Default cap on a body, in characters after normalisation: far above any news article. */
    public static final int DEFAULT_MAX_BODY_CHARS = 1_000_000;

    private final int maxBodyChars;

    public ArticleNormalizer(int maxBodyChars) {
        this.maxBodyChars = maxBodyChars;
    }

    public ArticleNormalizer() {
        this(DEFAULT_MAX_BODY_CHARS);
    }

    /** @throws InvalidArticleException with a reason a feed publisher can act on */
    public Article normalize(RawArticle raw, String defaultSource, Instant ingestedAt) {
        String title = TextNormalizer.line(raw.bodyIsHtml() ? HtmlText.toText(raw.title()) : raw.title());
        String body = raw.bodyIsHtml() ? HtmlText.toText(raw.body()) : TextNormalizer.paragraphs(raw.body());
        require(title, "title");
        require(body, "body");
        if (body.length() > maxBodyChars) {
            throw new InvalidArticleException("body has " + body.length() + " characters, more than the limit of " + maxBodyChars);
        }
        String source = firstNonBlank(TextNormalizer.line(raw.source()), defaultSource, "unknown");
        String url = blankToNull(TextNormalizer.line(raw.url()));
        String summary = blankToNull(raw.bodyIsHtml() ? HtmlText.toText(raw.summary()) : TextNormalizer.line(raw.summary()));
        return Article.newBuilder()
                .setId(ArticleIds.of(url, source, title, body))
                .setSource(source).setUrl(url).setTitle(title).setSummary(summary).setBody(body)
                .setLanguage(language(raw.language()))
                .setPublishedAt(raw.publishedAt()).setIngestedAt(ingestedAt)
                .setAuthors(clean(raw.authors())).setTags(clean(raw.tags()))
                .setFormat(Objects.requireNonNull(raw.format(), "format"))
                .build();
    }

    private static void require(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new InvalidArticleException("missing " + field + ": every article needs a non-empty " + field);
        }
    }

    /** BCP 47 tags as given, normalised in case ("en-gb" → "en-GB"); anything unparseable is dropped. */
    private static String language(String tag) {
        String clean = blankToNull(TextNormalizer.line(tag));
        if (clean == null) {
            return null;
        }
        String normalized = Locale.forLanguageTag(clean.replace('_', '-')).toLanguageTag();
        return "und".equals(normalized) ? null : normalized;
    }

    private static List<String> clean(List<String> values) {
        return values.stream().map(TextNormalizer::line).filter(v -> v != null && !v.isEmpty()).distinct().toList();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
