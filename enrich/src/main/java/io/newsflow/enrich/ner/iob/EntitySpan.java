package io.newsflow.enrich.ner.iob;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity as tokens [from, to) with a CoNLL type (PER, ORG, LOC, MISC). Two spans match when all three
 * are equal (the exact-match rule of the CoNLL evaluation).
 */
public record EntitySpan(int from, int to, String type) {

    /**
     * The entities of one sentence's tags. Reads IOB2 ("B-" opens, "I-" continues) and is lenient the way
     * conlleval is: an "I-" after "O" or after another type opens an entity too (IOB1).
     */
    public static List<EntitySpan> fromTags(List<String> tags) {
        List<EntitySpan> spans = new ArrayList<>();
        String open = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean continues = type != null && tag.startsWith("I-") && type.equals(open);
            if (open != null && !continues) {
                spans.add(new EntitySpan(start, i, open));
                open = null;
            }
            if (type != null && !continues) {
                open = type;
                start = i;
            }
        }
        return spans;
    }
}
