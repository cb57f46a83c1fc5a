package io.newsflow.enrich.ner;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** How often each name (compared case-insensitively) carries each label in a document. */
final class LabelVotes {

    private final Map<String, EnumMap<NerLabel, Integer>> votes = new HashMap<>();

    /** Counts the labelled spans of a document as they are now. */
    static LabelVotes of(TaggedDocument document) {
        LabelVotes votes = new LabelVotes();
        for (TokenSpan span : document.spans()) {
            votes.add(Words.key(document, span.from(), span.to()), span.label());
        }
        return votes;
    }

    void add(String key, NerLabel label) {
        votes.computeIfAbsent(key, k -> new EnumMap<>(NerLabel.class)).merge(label, 1, Integer::sum);
    }

    /** The label the name carries most often; null when two labels tie (the evidence does not decide). */
    NerLabel majority(String key) {
        EnumMap<NerLabel, Integer> counts = votes.get(key);
        if (counts == null) {
            return null;
        }
        NerLabel best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<NerLabel, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
