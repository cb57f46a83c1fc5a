package io.newsflow.enrich.ner;

import java.util.List;

/**
 * One person, organisation or place of an article, with all its mentions.
 *
 * @param name     canonical name: the fullest form the article uses ("Qassem Soleimani" for "Soleimani",
 *                 "General Soleimani" and "Qassem Soleimani")
 * @param type     PERSON, ORGANIZATION or LOCATION
 * @param mentions every mention, in text order, with character offsets into the text the extractor was given
 *                 (see {@link EntityExtractor} for the offset convention)
 * @param salience share of the article's attention, 0…1; the saliences of one article's entities add up to 1
 *                 (see {@link Salience})
 */
public record ExtractedEntity(String name, NerLabel type, List<NerMention> mentions, double salience) {

    public ExtractedEntity {
        mentions = List.copyOf(mentions);
    }

    public int mentionCount() {
        return mentions.size();
    }
}
