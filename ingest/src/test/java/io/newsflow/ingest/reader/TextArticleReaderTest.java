package io.newsflow.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.Samples;
import io.newsflow.schemas.avro.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final TextArticleReader reader = new TextArticleReader(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldReadTheSeedArticle() {
        Article article = reader.read("samples", Samples.text("01-soleimani-mosul-2016.txt"));

        assertThat(article.getTitle()).isEqualTo("Iranian General Soleimani 'present on Mosul operation front line'");
        assertThat(article.getSummary()).startsWith("A controversial Iranian commander has been found to be in Iraq");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2016-11-06T00:00:00Z"));
        assertThat(article.getIngestedAt()).isEqualTo(NOW);
        assertThat(article.getTags()).containsExactly("photo:Anadolu");
        assertThat(article.getBody()).startsWith("Iran's notorious Quds Force commander General Qassem Soleimani")
                .doesNotContain("\u00A0").doesNotContain("[Anadolu]").contains("\n\n");
        assertThat(article.getFormat()).isEqualTo("text");
        assertThat(article.getId()).hasSize(32);
    }

    @Test
    void shouldGiveTheSameIdToTheSameArticleEveryTime() {
        String text = Samples.text("01-soleimani-mosul-2016.txt");
        TextArticleReader later = new TextArticleReader(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

        assertThat(later.read("samples", text).getId()).isEqualTo(reader.read("samples", text).getId());
    }

    @Test
    void shouldReadEveryBundledSampleWithDistinctIds() {
        List<Article> articles = Samples.articles(reader);

        assertThat(articles).hasSizeGreaterThanOrEqualTo(20);
        assertThat(articles).extracting(Article::getId).doesNotHaveDuplicates();
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.getBody()).hasSizeGreaterThan(300);
            assertThat(a.getPublishedAt()).isNotNull();
        });
    }

    @Test
    void shouldRefuseAnUnparseableDateWithTheLine() {
        String text = "Title\n\nTitle\nLede.\n2 min read\nyesterday\n\nBody.\n";

        assertThatThrownBy(() -> reader.read("s", text))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("unparseable date line \"yesterday\"");
    }

    @Test
    void shouldRefuseAMismatchedRepeatedTitle() {
        assertThatThrownBy(() -> reader.read("s", "One\n\nTwo\nLede\n1 min read\n06 November, 2016\n\nBody\n"))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("repeat the title");
    }

    @Test
    void shouldRefuseAnArticleWithoutBody() {
        assertThatThrownBy(() -> reader.read("s", "T\n\nT\nLede\n1 min read\n06 November, 2016\nA caption [AP]\n\n"))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("no body");
    }
}
