package io.newsflow.sink.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.fixtures.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLineTest {

    @Test
    void shouldShowTitleEntitiesPlacesWithCountryAndSentiment() {
        assertThat(ArticleLine.of(Records.enrichedArticle())).isEqualTo(
                "Iranian General Soleimani 'present on Mosul operation front line'"
                        + " | entities: Qassem Soleimani (PERSON) | places: Mosul (IQ)"
                        + " | sentiment: NEGATIVE -0.42 (tone -5.0) | engine test");
    }

    @Test
    void shouldSayWhenNothingWasFound() {
        EnrichedArticle bare = EnrichedArticle.newBuilder(Records.enrichedArticle())
                .setEntities(List.of()).setLocations(List.of()).build();

        assertThat(ArticleLine.of(bare)).contains("entities: none found | places: none found");
    }
}
