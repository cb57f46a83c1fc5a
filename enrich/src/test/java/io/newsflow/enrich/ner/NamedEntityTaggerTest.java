package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NamedEntityTaggerTest {

    private final NamedEntityTagger tagger = NamedEntityTagger.shared();

    @Test
    void shouldKeepGivenTokensAndMapThemToOffsetsInTheJoinedText() {
        TaggedDocument document = tagger.tagTokens(List.of(List.of("Chris", "Garver", "spoke", "."),
                List.of("He", "left", "Baghdad", ".")));

        assertThat(document.text()).isEqualTo("Chris Garver spoke .\nHe left Baghdad .\n");
        assertThat(document.size()).isEqualTo(8);
        assertThat(document.token(6)).isEqualTo(new Token("Baghdad", 29, 36, 1));
        assertThat(Marked.render(document)).isEqualTo("Chris/P Garver/P spoke . | He left Baghdad/L .");
    }

    @Test
    void shouldKeepHyphenatedNamesOneTokenWithOffsetsIntoTheText() {
        String text = "Iraqi fighters led by Akram al-Kaabi entered Mosul.";
        TaggedDocument document = tagger.tag(text);

        assertThat(document.tokens()).extracting(Token::word).contains("al-Kaabi");
        for (Token token : document.tokens()) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.word());
        }
    }

    /** Two stream threads share one pipeline: each must get what it would get alone. */
    @Test
    void shouldTagTheSameConcurrentlyAsSequentially() throws Exception {
        String text = SeedArticle.text();
        String alone = Marked.render(tagger.tag(text));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            Callable<String> tag = () -> Marked.render(tagger.tag(text));
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(tag));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdown();
        }
    }
}
