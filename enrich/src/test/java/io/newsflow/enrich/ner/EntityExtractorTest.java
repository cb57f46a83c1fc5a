package io.newsflow.enrich.ner;

import static io.newsflow.enrich.ner.NerLabel.LOCATION;
import static io.newsflow.enrich.ner.NerLabel.ORGANIZATION;
import static io.newsflow.enrich.ner.NerLabel.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed check of the enrichment issue, on the real model. */
class EntityExtractorTest {

    private static ArticleEntities seed;

    @BeforeAll
    static void extractSeed() {
        seed = EntityExtractor.shared().extract(SeedArticle.title(), SeedArticle.body());
    }

    @Test
    void shouldFindThePeopleOfTheSeedArticleWithSoleimaniMerged() {
        ExtractedEntity soleimani = entity("Qassem Soleimani", PERSON).orElseThrow();

        assertThat(soleimani.mentions()).extracting(NerMention::text)
                .contains("Qassem Soleimani", "Soleimani");
        assertThat(soleimani.mentionCount()).isGreaterThanOrEqualTo(5);
        assertThat(entity("Akram al-Kaabi", PERSON)).isPresent();
        assertThat(entity("Abu Mahdi al-Mohandes", PERSON)).isPresent();
        assertThat(entity("Chris Garver", PERSON)).isPresent();
    }

    @Test
    void shouldFindTheOrganisationsOfTheSeedArticle() {
        assertThat(entity("Quds Force", ORGANIZATION)).isPresent();
        assertThat(entity("Islamic State", ORGANIZATION)).isPresent();
        assertThat(entity("Popular Mobilisation Forces", ORGANIZATION)).isPresent();
        assertThat(entity("al-Nujaba", ORGANIZATION)).isPresent();
        assertThat(entity("Hashd al-Shaabi", ORGANIZATION)).isPresent();
    }

    @Test
    void shouldKeepPlacesWithTheirMentionsForTheGeoResolver() {
        assertThat(entity("Mosul", LOCATION).orElseThrow().mentionCount()).isGreaterThanOrEqualTo(10);
        assertThat(seed.mentionsOfType(LOCATION)).extracting(NerMention::text).contains("Iraq", "Tehran");
    }

    @Test
    void shouldGiveOffsetsIntoTitleBlankLineBody() {
        String title = SeedArticle.title();
        assertThat(seed.text()).isEqualTo(title + "\n\n" + SeedArticle.body());
        assertThat(seed.bodyStart()).isEqualTo(title.length() + 2);
        for (NerMention mention : seed.mentions()) {
            assertThat(seed.text().substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
        assertThat(seed.mentions().get(0).start()).isLessThan(seed.bodyStart());
    }

    @Test
    void shouldRankTheTitlesPersonHighAndSumSalienceToOne() {
        ExtractedEntity soleimani = entity("Qassem Soleimani", PERSON).orElseThrow();

        assertThat(seed.entities().subList(0, 3)).contains(soleimani);
        assertThat(soleimani.salience()).isGreaterThan(entity("Chris Garver", PERSON).orElseThrow().salience());
        assertThat(seed.entities().stream().mapToDouble(ExtractedEntity::salience).sum()).isCloseTo(1, within(1e-9));
    }

    @Test
    void shouldReadABodyWithoutTitle() {
        ArticleEntities body = EntityExtractor.shared().extract(null, "Chris Garver spoke in Baghdad.");

        assertThat(body.bodyStart()).isZero();
        assertThat(body.entities()).extracting(ExtractedEntity::name).containsExactlyInAnyOrder("Chris Garver",
                "Baghdad");
    }

    @Test
    void shouldFindNothingInNothing() {
        assertThat(EntityExtractor.shared().extract("", "").entities()).isEmpty();
        assertThat(EntityExtractor.shared().extract("Quiet day", null).mentions()).isEmpty();
    }

    private static Optional<ExtractedEntity> entity(String name, NerLabel type) {
        return seed.entities().stream().filter(e -> e.name().equals(name) && e.type() == type).findFirst();
    }
}
