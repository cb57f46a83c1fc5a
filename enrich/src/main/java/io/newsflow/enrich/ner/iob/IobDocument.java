package io.newsflow.enrich.ner.iob;

import java.util.ArrayList;
import java.util.List;

/** One document of an IOB file (the sentences between two {@code -DOCSTART-} lines). */
public record IobDocument(List<IobSentence> sentences) {

    public IobDocument {
        sentences = List.copyOf(sentences);
    }

    public List<List<String>> words() {
        return sentences.stream().map(IobSentence::words).toList();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.words().size()).sum();
    }

    /** The gold tags of all sentences in a row, so that index i is the document's token i. */
    public List<String> tags() {
        List<String> tags = new ArrayList<>();
        sentences.forEach(s -> tags.addAll(s.tags()));
        return tags;
    }

    /** The gold entities, token indices counted over the whole document. */
    public List<EntitySpan> entities() {
        List<EntitySpan> spans = new ArrayList<>();
        int offset = 0;
        for (IobSentence sentence : sentences) {
            for (EntitySpan span : EntitySpan.fromTags(sentence.tags())) {
                spans.add(new EntitySpan(span.from() + offset, span.to() + offset, span.type()));
            }
            offset += sentence.words().size();
        }
        return spans;
    }
}
