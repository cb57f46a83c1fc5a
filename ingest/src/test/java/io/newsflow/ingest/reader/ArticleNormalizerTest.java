package io.newsflow.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final ArticleNormalizer normalizer = new ArticleNormalizer(1_000);

    @Test
    void shouldTurnHtmlIntoParagraphsAndDropScripts() {
        RawArticle raw = RawArticle.builder("ninjs").title("  Caf\u0065\u0301 &amp; bar ").url(" https://Example.org/a ")
                .body("<p>First&nbsp;para <b>bold</b>.</p><script>alert(1)</script><p>Second<br>line</p>", true)
                .language("en_gb").authors(List.of(" Ann ", "Ann", "")).build();

        Article article = normalizer.normalize(raw, "feed", NOW);

        assertThat(article.getTitle()).isEqualTo("Caf\u00e9 & bar");
        assertThat(article.getBody()).isEqualTo("First para bold.\n\nSecond\n\nline");
        assertThat(article.getUrl()).isEqualTo("https://Example.org/a");
        assertThat(article.getLanguage()).isEqualTo("en-GB");
        assertThat(article.getAuthors()).containsExactly("Ann");
        assertThat(article.getSource()).isEqualTo("feed");
    }

    @Test
    void shouldStripControlCharactersAndKeepParagraphBreaks() {
        RawArticle raw = RawArticle.builder("jsonl").title("T\u0007itle").body("one\u0000 two\r\n\r\n\r\nthree\t four", false).build();

        Article article = normalizer.normalize(raw, "s", NOW);

        assertThat(article.getTitle()).isEqualTo("Title");
        assertThat(article.getBody()).isEqualTo("one two\n\nthree four");
    }

    @Test
    void shouldGiveTheSameIdForTheSameUrlWhateverElseChanged() {
        Article a = normalizer.normalize(RawArticle.builder("rss").url("https://example.org/x/").title("A").body("B", false).build(), "s", NOW);
        Article b = normalizer.normalize(RawArticle.builder("atom").url("HTTPS://EXAMPLE.ORG/x#top").title("A, updated").body("C", false).build(), "t", NOW);

        assertThat(a.getId()).isEqualTo(b.getId());
    }

    @Test
    void shouldRefuseMissingTitleOrBodyAndOversizedBodies() {
        assertThatThrownBy(() -> normalizer.normalize(RawArticle.builder("jsonl").title(" ").body("b", false).build(), "s", NOW))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("missing title");
        assertThatThrownBy(() -> normalizer.normalize(RawArticle.builder("jsonl").title("t").body("<p> </p>", true).build(), "s", NOW))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("missing body");
        assertThatThrownBy(() -> normalizer.normalize(RawArticle.builder("jsonl").title("t").body("x".repeat(1_001), false).build(), "s", NOW))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("limit of 1000");
    }
}
