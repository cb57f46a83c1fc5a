package io.newsflow.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GeoCorpusTest {

    private static GeoCorpus read(String xml) throws IOException {
        return GeoCorpus.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldReadLglWithOffsetsAsGiven() throws IOException {
        GeoCorpus corpus = read(GeoFixtures.LGL);

        assertThat(corpus.format()).isEqualTo(GeoCorpus.Format.LGL);
        GeoCorpus.Article article = corpus.articles().get(0);
        assertThat(article.id()).isEqualTo("1");
        assertThat(article.toponyms()).extracting(t -> article.text().substring(t.start(), t.end()))
                .containsExactly("Paris", "Main Street", "Texas");
        assertThat(article.toponyms()).extracting(GeoCorpus.Toponym::group)
                .containsExactly("city", "none", "admin1");
        assertThat(article.toponyms().get(1).hasCoordinates()).isFalse();
        assertThat(article.toponyms().get(0).latitude()).isEqualTo(33.66094);
    }

    @Test
    void shouldShiftGeoVirusOffsetsBackByOne() throws IOException {
        GeoCorpus corpus = read(GeoFixtures.GEOVIRUS);

        assertThat(corpus.format()).isEqualTo(GeoCorpus.Format.GEOVIRUS);
        GeoCorpus.Article article = corpus.articles().get(0);
        assertThat(article.text()).startsWith("Cases in Kenya & Uganda");
        GeoCorpus.Toponym kenya = article.toponyms().get(0);
        assertThat(article.text().substring(kenya.start(), kenya.end())).isEqualTo("Kenya");
    }

    @Test
    void shouldFlattenTheMalformedNestedLocation() throws IOException {
        GeoCorpus.Article article = read(GeoFixtures.GEOVIRUS).articles().get(0);

        assertThat(article.toponyms()).extracting(GeoCorpus.Toponym::phrase)
                .containsExactlyInAnyOrder("Kenya", "Lake Victoria", "Uganda", "Africa");
        assertThat(article.toponyms()).filteredOn(t -> t.phrase().equals("Lake Victoria")).singleElement()
                .satisfies(lake -> assertThat(article.text().substring(lake.start(), lake.end()))
                        .isEqualTo("Lake Victoria"));
        assertThat(article.toponyms()).filteredOn(t -> t.phrase().equals("Africa")).singleElement()
                .extracting(GeoCorpus.Toponym::type).isEqualTo("continent");
    }
}
