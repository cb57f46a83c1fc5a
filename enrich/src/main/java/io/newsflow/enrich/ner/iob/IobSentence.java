package io.newsflow.enrich.ner.iob;

import java.util.List;

/**
 * One sentence of an IOB file: its tokens and their gold tags ("O", "B-PER", "I-ORG", …).
 */
public record IobSentence(List<String> words, List<String> tags) {

    public IobSentence {
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
        words = List.copyOf(words);
        tags = List.copyOf(tags);
    }
}
