package io.newsflow.enrich.ner;

import java.util.List;

/**
 * What the extractor found in one article.
 *
 * @param text      the text that was analysed: title, blank line, body ({@code title + "\n\n" + body}); every
 *                  offset points into it
 * @param bodyStart offset of the body's first character in {@code text} (title length + 2; 0 without title)
 * @param entities  the entities, most salient first
 * @param mentions  every mention in text order, each labelled as in its entity: the input of the geo resolver
 *                  for LOCATION
 */
public record ArticleEntities(String text, int bodyStart, List<ExtractedEntity> entities, List<NerMention> mentions) {

    public ArticleEntities {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }

    /** The entities of one type, most salient first. */
    public List<ExtractedEntity> ofType(NerLabel type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /** The mentions of one type in text order (LOCATION: what the geo resolver resolves). */
    public List<NerMention> mentionsOfType(NerLabel type) {
        return mentions.stream().filter(m -> m.label() == type).toList();
    }
}
