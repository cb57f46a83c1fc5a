package io.newsflow.ingest.reader;

import java.time.Instant;
import java.util.List;

/**
 * One article as a reader found it, before normalisation: fields as the feed gave them (possibly HTML,
 * untrimmed, with control characters). {@link ArticleNormalizer} turns it into an {@code Article}.
 *
 * @param source      who published it; null: the input's default source is used
 * @param bodyIsHtml  whether {@code body} (and {@code summary}) are HTML to be turned into text
 * @param format      the reader's format name: text, jsonl, ninjs, rss, atom
 */
public record RawArticle(String source, String url, String title, String summary, String body, boolean bodyIsHtml,
        String language, Instant publishedAt, List<String> authors, List<String> tags, String format) {

    public RawArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static Builder builder(String format) {
        return new Builder(format);
    }

    /** For readers that fill fields one by one. */
    public static final class Builder {
        private final String format;
        private String source;
        private String url;
        private String title;
        private String summary;
        private String body;
        private boolean bodyIsHtml;
        private String language;
        private Instant publishedAt;
        private List<String> authors = List.of();
        private List<String> tags = List.of();

        private Builder(String format) {
            this.format = format;
        }

        public Builder source(String value) {
            this.source = value;
            return this;
        }

        public Builder url(String value) {
            this.url = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        public Builder body(String value, boolean html) {
            this.body = value;
            this.bodyIsHtml = html;
            return this;
        }

        public Builder language(String value) {
            this.language = value;
            return this;
        }

        public Builder publishedAt(Instant value) {
            this.publishedAt = value;
            return this;
        }

        public Builder authors(List<String> value) {
            this.authors = value;
            return this;
        }

        public Builder tags(List<String> value) {
            this.tags = value;
            return this;
        }

        public RawArticle build() {
            return new RawArticle(source, url, title, summary, body, bodyIsHtml, language, publishedAt, authors, tags, format);
        }
    }
}
