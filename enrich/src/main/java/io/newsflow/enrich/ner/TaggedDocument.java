package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text with its tokens and one label per token (null = outside any name), as the CRF tagged it and the
 * document-level steps then corrected it. Labels are edited in place; a mention is a maximal run of tokens
 * with the same label inside one sentence (the CRF's output has no begin marks, so two names of one type
 * that touch are one mention, as in CoreNLP).
 *
 * <p>Not thread-safe: one instance belongs to the thread that annotates its text.
 */
public final class TaggedDocument {

    private final String text;
    private final List<Token> tokens;
    private final NerLabel[] labels;
    private final int[] sentenceStarts;
    private WordFacts facts;

    public TaggedDocument(String text, List<Token> tokens, NerLabel[] labels) {
        if (tokens.size() != labels.length) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.length + " labels");
        }
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.labels = labels.clone();
        this.sentenceStarts = sentenceStarts(this.tokens);
    }

    private static int[] sentenceStarts(List<Token> tokens) {
        int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
        int[] starts = new int[sentences + 1];
        Arrays.fill(starts, tokens.size());
        for (int i = tokens.size() - 1; i >= 0; i--) {
            starts[tokens.get(i).sentence()] = i;
        }
        for (int s = sentences - 1; s >= 0; s--) {
            starts[s] = Math.min(starts[s], starts[s + 1]);
        }
        return starts;
    }

    /** A copy whose labels can be changed without touching this one (to compare step lists on one tagging). */
    public TaggedDocument copy() {
        TaggedDocument copy = new TaggedDocument(text, tokens, labels);
        copy.facts = facts;
        return copy;
    }

    /** Facts about the words, computed on first use (words never change, so copies share them). */
    WordFacts facts() {
        if (facts == null) {
            facts = new WordFacts(this);
        }
        return facts;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public String word(int index) {
        return tokens.get(index).word();
    }

    public NerLabel label(int index) {
        return labels[index];
    }

    /** Sets the label of tokens [from, to); null clears them. */
    public void label(int from, int to, NerLabel label) {
        Arrays.fill(labels, from, to, label);
    }

    public int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    /** The first token of a sentence. */
    public int sentenceStart(int sentence) {
        return sentenceStarts[sentence];
    }

    /** The token after the last one of a sentence. */
    public int sentenceEnd(int sentence) {
        return sentenceStarts[sentence + 1];
    }

    public int sentenceOf(int token) {
        return tokens.get(token).sentence();
    }

    public boolean sameSentence(int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    /** The text from the first character of token {@code from} to the last of token {@code to - 1}. */
    public String text(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The labelled runs of tokens, in order. */
    public List<TokenSpan> spans() {
        List<TokenSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            if (labels[i] == null) {
                i++;
                continue;
            }
            int end = runEnd(i);
            spans.add(new TokenSpan(i, end, labels[i]));
            i = end;
        }
        return spans;
    }

    private int runEnd(int from) {
        int end = from + 1;
        while (end < labels.length && labels[end] == labels[from] && sameSentence(from, end)) {
            end++;
        }
        return end;
    }

    /** The labelled runs as mentions with character offsets into the text. */
    public List<NerMention> mentions() {
        List<NerMention> mentions = new ArrayList<>();
        for (TokenSpan span : spans()) {
            mentions.add(mention(span));
        }
        return mentions;
    }

    public NerMention mention(TokenSpan span) {
        Token first = tokens.get(span.from());
        Token last = tokens.get(span.to() - 1);
        return new NerMention(first.start(), last.end(), text.substring(first.start(), last.end()), span.label(),
                first.sentence());
    }
}
