package io.newsflow.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.Samples;
import io.newsflow.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final TextArticleReader reader = new TextArticleReader();
    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @Test
    void shouldReadTheSeedArticle() {
        Article article = normalizer.normalize(reader.parse(Samples.text("01-soleimani-mosul-2016.txt")), "samples", NOW);

        assertThat(article.getTitle()).isEqualTo("Iranian General Soleimani 'present on Mosul operation front line'");
        assertThat(article.getSummary()).startsWith("A controversial Iranian commander has been found to be in Iraq");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2016-11-06T00:00:00Z"));
        assertThat(article.getIngestedAt()).isEqualTo(NOW);
        assertThat(article.getSource()).isEqualTo("samples");
        assertThat(article.getTags()).containsExactly("photo:Anadolu");
        assertThat(article.getBody()).startsWith("Iran's notorious Quds Force commander General Qassem Soleimani")
                .doesNotContain("\u00A0").doesNotContain("[Anadolu]").contains("\n\n");
        assertThat(article.getFormat()).isEqualTo("text");
        assertThat(article.getId()).hasSize(32);
    }

    @Test
    void shouldGiveTheSameIdToTheSameArticleEveryTime() {
        RawArticle raw = reader.parse(Samples.text("01-soleimani-mosul-2016.txt"));

        assertThat(normalizer.normalize(raw, "samples", NOW.plusSeconds(3600)).getId())
                .isEqualTo(normalizer.normalize(raw, "samples", NOW).getId());
    }

    @Test
    void shouldReadEveryBundledSampleWithDistinctIds() {
        List<Article> articles = Samples.articles(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(articles).hasSizeGreaterThanOrEqualTo(20);
        assertThat(articles).extracting(Article::getId).doesNotHaveDuplicates();
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.getBody()).hasSizeGreaterThan(300);
            assertThat(a.getPublishedAt()).isNotNull();
        });
    }

    @Test
    void shouldTurnABrokenFileIntoABrokenItemWithItsBytes() {
        byte[] bytes = "Title\n\nTitle\nLede.\n2 min read\nyesterday\n\nBody.\n".getBytes(StandardCharsets.UTF_8);

        List<Item> items = reader.read(new Input("broken.txt", bytes, "s"));

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).contains("unparseable date line \"yesterday\"");
            assertThat(broken.payload()).isEqualTo(bytes);
        });
    }

    @Test
    void shouldRefuseAMismatchedRepeatedTitle() {
        assertThatThrownBy(() -> reader.parse("One\n\nTwo\nLede\n1 min read\n06 November, 2016\n\nBody\n"))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("repeat the title");
    }

    @Test
    void shouldRefuseAnArticleWithoutBody() {
        assertThatThrownBy(() -> reader.parse("T\n\nT\nLede\n1 min read\n06 November, 2016\nA caption [AP]\n\n"))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("no body");
    }
}
