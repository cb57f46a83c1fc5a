package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void shouldSplitAtSentenceEndsButNotAtInitialsOrAbbreviations() {
        String text = "According to Clement C. Moore, Mr. Smith left on Dec. 19. He returned! Did he? \"Yes.\" "
                + "The U.S. agreed.\n\nNew paragraph without a period\n\nLast one";

        assertThat(sentences(text)).containsExactly(
                "According to Clement C. Moore, Mr. Smith left on Dec. 19.", "He returned!", "Did he?",
                "\"Yes.\"", "The U.S. agreed.", "New paragraph without a period", "Last one");
    }

    @Test
    void shouldNotSplitBeforeALowerCaseWord() {
        assertThat(sentences("He arrived at 3 p.m. on Monday, about noon. then left. Later he ate."))
                .containsExactly("He arrived at 3 p.m. on Monday, about noon. then left.", "Later he ate.");
    }

    private static List<String> sentences(String text) {
        int[] bounds = SentenceSplitter.split(text, text.length());
        List<String> sentences = new ArrayList<>();
        for (int k = 0; k < bounds.length; k += 2) {
            sentences.add(text.substring(bounds[k], bounds[k + 1]).strip());
        }
        return sentences;
    }
}
