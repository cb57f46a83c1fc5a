package io.newsflow.enrich.engine;

import io.newsflow.enrich.geo.ToponymSpotter;
import io.newsflow.enrich.geo.PlaceResolver;
import io.newsflow.enrich.geo.ResolvedPlace;
import io.newsflow.enrich.ner.ArticleEntities;
import io.newsflow.enrich.ner.EntityExtractor;
import io.newsflow.enrich.ner.ExtractedEntity;
import io.newsflow.enrich.ner.NerLabel;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.sentiment.SentimentResult;
import io.newsflow.enrich.sentiment.Span;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Enrichment;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Location;
import io.newsflow.schemas.avro.Offset;
import io.newsflow.schemas.avro.Sentiment;
import io.newsflow.schemas.avro.SentimentLabel;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The enrichment engine: entities (CoreNLP CRF plus document-level refinement), places (gazetteer resolution
 * of the location mentions and demonyms) and tone (news-calibrated VADER with the entity mentions masked), all
 * on one text: title, blank line, body — the text every offset points into.
 *
 * <p>The text is cut at {@link #MAX_TEXT_CHARS} characters so a pathological article costs a bounded time
 * (the record says so: {@code enrichment.truncated}, {@code enrichment.analysedChars}). Articles tagged with a
 * language other than English get no entities, places or tone (the models are English): empty lists, neutral
 * tone and {@code analysedChars} 0. Thread-safe: the models are loaded once per JVM and shared.
 */
public final class NlpEnricher implements ArticleEnricher {

    public static final String VERSION = "newsflow-nlp/1";
    /** About ten times a long news article; CoreNLP reads 50k characters in roughly one second here. */
    public static final int MAX_TEXT_CHARS = 50_000;

    private final EntityExtractor extractor;
    private final ToponymSpotter spotter;
    private final PlaceResolver places;
    private final SentimentAnalyzer sentiment;
    private final Clock clock;

    public NlpEnricher(EntityExtractor extractor, ToponymSpotter spotter, PlaceResolver places, SentimentAnalyzer sentiment,
            Clock clock) {
        this.extractor = extractor;
        this.spotter = spotter;
        this.places = places;
        this.sentiment = sentiment;
        this.clock = clock;
    }

    /** The engine on the JVM's shared models (loads them on first use: a few seconds). */
    public static NlpEnricher shared(Clock clock) {
        return new NlpEnricher(EntityExtractor.shared(), ToponymSpotter.shared(), PlaceResolver.shared(),
                SentimentAnalyzer.shared(), clock);
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public EnrichedArticle enrich(Article article) {
        long start = System.nanoTime();
        AnalysedText text = AnalysedText.of(article.getTitle(), article.getBody(), MAX_TEXT_CHARS);
        Analysis analysis = isEnglish(article.getLanguage()) ? analyse(text) : Analysis.NONE;
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setEntities(analysis.entities())
                .setLocations(analysis.locations())
                .setSentiment(analysis.sentiment())
                .setEnrichment(Enrichment.newBuilder()
                        .setEngineVersion(VERSION)
                        .setEnrichedAt(clock.instant())
                        .setTookMicros((System.nanoTime() - start) / 1_000)
                        .setAnalysedChars(analysis == Analysis.NONE ? 0 : text.text().length())
                        .setTruncated(analysis != Analysis.NONE && text.truncated())
                        .build())
                .build();
    }

    private Analysis analyse(AnalysedText text) {
        ArticleEntities found = extractor.extract(text.text(), text.bodyStart());
        List<ResolvedPlace> resolved = places.resolve(text.text(), spotter.spot(text.text(), found.mentions()));
        List<Span> masks = found.mentions().stream().map(m -> new Span(m.start(), m.end())).toList();
        SentimentResult tone = sentiment.analyze(text.text(), masks);
        return new Analysis(entities(found), resolved.stream().map(ResolvedPlace::toLocation).toList(), sentiment(tone));
    }

    private static List<Entity> entities(ArticleEntities found) {
        return found.entities().stream()
                .filter(e -> e.type() != NerLabel.LOCATION)
                .map(NlpEnricher::entity)
                .toList();
    }

    private static Entity entity(ExtractedEntity e) {
        return Entity.newBuilder()
                .setName(e.name())
                .setType(e.type() == NerLabel.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION)
                .setMentions(e.mentionCount())
                .setOffsets(e.mentions().stream().map(m -> new Offset(m.start(), m.end())).toList())
                .setSalience((float) e.salience())
                .build();
    }

    private static Sentiment sentiment(SentimentResult tone) {
        return Sentiment.newBuilder()
                .setScore((float) tone.score())
                .setLabel(SentimentLabel.valueOf(tone.label().name()))
                .setPositive((float) tone.positive())
                .setNegative((float) tone.negative())
                .setTone((float) tone.tone())
                .build();
    }

    /** No tag is taken as English: most feeds do not say, and most of this pipeline's feeds are English. */
    static boolean isEnglish(String languageTag) {
        return languageTag == null || languageTag.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private record Analysis(List<Entity> entities, List<Location> locations, Sentiment sentiment) {
        static final Analysis NONE = new Analysis(List.of(), List.of(), NlpEnricher.sentiment(SentimentResult.NONE));
    }
}
