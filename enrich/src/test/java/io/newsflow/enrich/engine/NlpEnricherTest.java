package io.newsflow.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.ingest.Samples;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.FeatureClass;
import io.newsflow.schemas.avro.Location;
import io.newsflow.schemas.avro.SentimentLabel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NlpEnricherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final NlpEnricher ENGINE = NlpEnricher.shared(CLOCK);
    private static final Article SEED = Samples.articles(CLOCK).get(0);

    @Test
    void shouldFindThePeopleAndOrganisationsOfTheSeedArticleMergingEachPersonsMentions() {
        Map<String, Entity> entities = byName(ENGINE.enrich(SEED).getEntities(), Entity::getName);

        assertThat(entities).containsKeys("Qassem Soleimani", "Akram al-Kaabi", "Abu Mahdi al-Mohandes", "Chris Garver",
                "Quds Force", "Islamic State");
        assertThat(entities.keySet()).noneMatch(name -> name.equals("Soleimani") || name.equals("General Soleimani"));
        Entity soleimani = entities.get("Qassem Soleimani");
        assertThat(soleimani.getType()).isEqualTo(EntityType.PERSON);
        assertThat(soleimani.getMentions()).isGreaterThanOrEqualTo(4).isEqualTo(soleimani.getOffsets().size());
        assertThat(entities.get("Quds Force").getType()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities.get("Islamic State").getType()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities.get("Chris Garver").getType()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldPointEveryOffsetAtItsNameInTitleBlankLineBody() {
        EnrichedArticle enriched = ENGINE.enrich(SEED);
        String text = SEED.getTitle() + "\n\n" + SEED.getBody();

        Entity soleimani = byName(enriched.getEntities(), Entity::getName).get("Qassem Soleimani");
        assertThat(soleimani.getOffsets()).allSatisfy(o -> assertThat(text.substring(o.getStart(), o.getEnd())).contains("Soleimani"));
        Location mosul = byName(enriched.getLocations(), Location::getName).get("Mosul");
        assertThat(mosul.getOffsets()).allSatisfy(o -> assertThat(text.substring(o.getStart(), o.getEnd())).isEqualTo("Mosul"));
    }

    @Test
    void shouldResolveTheSeedArticlesPlaces() {
        Map<String, Location> places = byName(ENGINE.enrich(SEED).getLocations(), Location::getName);

        Location mosul = places.get("Mosul");
        assertThat(mosul.getCountryCode()).isEqualTo("IQ");
        assertThat(mosul.getLatitude()).isCloseTo(36.34, within(0.1));
        assertThat(mosul.getLongitude()).isCloseTo(43.13, within(0.1));
        assertThat(mosul.getFeatureClass()).isEqualTo(FeatureClass.CITY);
        assertThat(places.get("Iraq").getCountryCode()).isEqualTo("IQ");
        assertThat(places.get("Iraq").getFeatureClass()).isEqualTo(FeatureClass.COUNTRY);
        assertThat(places.get("Iran").getCountryCode()).isEqualTo("IR");
        assertThat(places.get("Iran").getDemonymMentions()).isPositive();
        assertThat(places.get("Tehran").getCountryCode()).isEqualTo("IR");
        Location washington = places.values().stream().filter(l -> l.getName().startsWith("Washington")).findFirst().orElseThrow();
        assertThat(washington.getCountryCode()).isEqualTo("US");
        assertThat(washington.getLatitude()).isCloseTo(38.9, within(0.2));
        assertThat(washington.getLongitude()).isCloseTo(-77.0, within(0.2));
    }

    @Test
    void shouldCallTheSeedArticleNegativeAndSayWhatItRead() {
        EnrichedArticle enriched = ENGINE.enrich(SEED);

        assertThat(enriched.getSentiment().getLabel()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(enriched.getSentiment().getTone()).isNegative();
        assertThat(enriched.getEnrichment().getEngineVersion()).isEqualTo(NlpEnricher.VERSION);
        assertThat(enriched.getEnrichment().getAnalysedChars()).isEqualTo(SEED.getTitle().length() + 2 + SEED.getBody().length());
        assertThat(enriched.getEnrichment().getTruncated()).isFalse();
        assertThat(enriched.getEnrichment().getEnrichedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void shouldReadOnlyTheFirstCharactersOfAHugeArticleAndSaySo() {
        String paragraph = "Officials in Baghdad met envoys from Paris and Cairo on Tuesday. ";
        Article huge = Article.newBuilder(SEED).setBody(paragraph.repeat(3_000)).build(); // ≈ 200,000 characters

        EnrichedArticle enriched = ENGINE.enrich(huge);

        assertThat(enriched.getEnrichment().getTruncated()).isTrue();
        assertThat(enriched.getEnrichment().getAnalysedChars()).isEqualTo(NlpEnricher.MAX_TEXT_CHARS);
        assertThat(enriched.getLocations()).extracting(Location::getName).contains("Baghdad", "Paris", "Cairo");
    }

    @Test
    void shouldGiveAnEmptyBodyNoFindingsAndNoError() {
        Article empty = Article.newBuilder(SEED).setTitle("Briefly").setBody("").build();

        EnrichedArticle enriched = ENGINE.enrich(empty);

        assertThat(enriched.getEntities()).isEmpty();
        assertThat(enriched.getLocations()).isEmpty();
        assertThat(enriched.getSentiment().getLabel()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void shouldLeaveArticlesInOtherLanguagesUnanalysedKeepingTheirTag() {
        Article french = Article.newBuilder(SEED).setLanguage("fr").setTitle("Le Premier ministre à Paris")
                .setBody("Le Premier ministre Michel Barnier a rencontré Emmanuel Macron à Paris.").build();

        EnrichedArticle enriched = ENGINE.enrich(french);

        assertThat(enriched.getArticle().getLanguage()).isEqualTo("fr");
        assertThat(enriched.getEntities()).isEmpty();
        assertThat(enriched.getLocations()).isEmpty();
        assertThat(enriched.getEnrichment().getAnalysedChars()).isZero();
    }

    @Test
    void shouldGiveTheSameEnrichmentFromTwoThreadsAsFromOne() throws Exception {
        List<Article> samples = Samples.articles(CLOCK);
        List<EnrichedArticle> alone = samples.stream().map(ENGINE::enrich).toList();

        List<EnrichedArticle> together = samples.parallelStream().map(ENGINE::enrich).toList();

        assertThat(together).usingRecursiveFieldByFieldElementComparatorIgnoringFields("enrichment.tookMicros")
                .isEqualTo(alone);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a));
    }
}
