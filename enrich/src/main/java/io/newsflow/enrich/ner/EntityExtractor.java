package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The people, organisations and places of an article: the CRF tags the text ({@link NamedEntityTagger}),
 * document-level steps correct its labels ({@link MentionRefiner}), mentions are grouped into entities with
 * a canonical name ({@link EntityGrouping}) and each entity gets a salience ({@link Salience}).
 *
 * <p><b>Offsets.</b> The text analysed is {@code title + "\n\n" + body} (just the body when there is no
 * title), the convention of the {@code Offset} schema; every mention's start (inclusive) and end (exclusive)
 * are Java string indices (UTF-16 code units) into that text, and {@link ArticleEntities#bodyStart()} says
 * where the body begins, so an offset into the body alone is {@code start - bodyStart}.
 *
 * <p>Thread-safe: all stream threads share one instance ({@link #shared()}), which shares the one model.
 */
public final class EntityExtractor {

    private final NamedEntityTagger tagger;
    private final MentionRefiner refiner;

    public EntityExtractor(NamedEntityTagger tagger, MentionRefiner refiner) {
        this.tagger = tagger;
        this.refiner = refiner;
    }

    /** The extractor with the JVM's shared tagger and the standard refinement steps. */
    public static EntityExtractor shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EntityExtractor INSTANCE = new EntityExtractor(NamedEntityTagger.shared(),
                MentionRefiner.standard());
    }

    /** Analyses {@code title + "\n\n" + body}; a null or blank title leaves just the body; null body is empty. */
    public ArticleEntities extract(String title, String body) {
        String text = body == null ? "" : body;
        if (title == null || title.isBlank()) {
            return extract(text, 0);
        }
        return extract(title + "\n\n" + text, title.length() + 2);
    }

    /** Analyses a text whose body starts at {@code bodyStart} (what comes before is the title). */
    public ArticleEntities extract(String text, int bodyStart) {
        TaggedDocument document = refiner.refine(tagger.tag(text));
        List<NerMention> mentions = document.mentions();
        List<List<NerMention>> groups = EntityGrouping.group(mentions);
        List<Double> salience = Salience.of(groups, firstBodySentence(document, bodyStart));
        List<ExtractedEntity> entities = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<NerMention> group = groups.get(i);
            entities.add(new ExtractedEntity(CanonicalName.of(group), type(group), group, salience.get(i)));
        }
        entities.sort(Comparator.comparingDouble(ExtractedEntity::salience).reversed());
        return new ArticleEntities(text, bodyStart, entities, mentions);
    }

    private static int firstBodySentence(TaggedDocument document, int bodyStart) {
        for (Token token : document.tokens()) {
            if (token.end() > bodyStart) {
                return token.sentence();
            }
        }
        return document.sentenceCount();
    }

    /** The label most of the group's mentions carry (they all carry one, unless a name's labels tied). */
    private static NerLabel type(List<NerMention> group) {
        Map<NerLabel, Long> counts = group.stream()
                .collect(Collectors.groupingBy(NerMention::label, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow();
    }

    /** The fullest form of a name among its mentions. */
    static final class CanonicalName {

        private static final Pattern WHITESPACE = Pattern.compile("\\s+");

        private CanonicalName() {
        }

        /**
         * Most words first; then a form not written in capitals (headlines shout); then the most frequent
         * spelling; then the first. Line breaks inside a mention become spaces.
         */
        static String of(List<NerMention> mentions) {
            Map<String, Long> spellings = mentions.stream()
                    .map(m -> WHITESPACE.matcher(m.text().strip()).replaceAll(" "))
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
            Comparator<String> fullest = Comparator.comparingInt(CanonicalName::wordCount)
                    .thenComparing(s -> !Words.isUpperCase(s) || s.length() <= 4)
                    .thenComparing(spellings::get);
            return spellings.keySet().stream().max(fullest).orElseThrow();
        }

        private static int wordCount(String spelling) {
            int words = 1;
            for (int i = 0; i < spelling.length(); i++) {
                words += spelling.charAt(i) == ' ' ? 1 : 0;
            }
            return words;
        }
    }
}
