package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaggedDocumentTest {

    @Test
    void shouldEndAMentionAtTheEndOfItsSentenceAndAtAChangeOfLabel() {
        TaggedDocument document = Marked.of("Kent/O | Essex/O Derby/L beat them");

        assertThat(document.spans()).containsExactly(
                new TokenSpan(0, 1, NerLabel.ORGANIZATION),
                new TokenSpan(1, 2, NerLabel.ORGANIZATION),
                new TokenSpan(2, 3, NerLabel.LOCATION));
    }

    @Test
    void shouldKnowWhereEachSentenceStartsAndEnds() {
        TaggedDocument document = Marked.of("a b | c | d e f");

        assertThat(document.sentenceCount()).isEqualTo(3);
        assertThat(document.sentenceStart(1)).isEqualTo(2);
        assertThat(document.sentenceEnd(1)).isEqualTo(3);
        assertThat(document.sentenceEnd(2)).isEqualTo(6);
    }

    @Test
    void shouldLeaveTheOriginalAloneWhenACopyIsRelabelled() {
        TaggedDocument original = Marked.of("Paris/L");
        TaggedDocument copy = original.copy();

        copy.label(0, 1, NerLabel.PERSON);

        assertThat(original.label(0)).isEqualTo(NerLabel.LOCATION);
    }
}
