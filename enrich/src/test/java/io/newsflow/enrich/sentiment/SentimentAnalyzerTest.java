package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentimentAnalyzerTest {

    private final SentimentAnalyzer analyzer = SentimentAnalyzer.shared();

    @Test
    void shouldNotReadAnEntityNameAsPraiseWhenItIsMasked() {
        String text = "Popular Mobilisation Forces entered the town on Tuesday.";
        int end = "Popular Mobilisation Forces".length();

        SentimentResult unmasked = analyzer.analyze(text);
        SentimentResult masked = analyzer.analyze(text, List.of(new Span(0, end)));

        assertThat(unmasked.label()).as("without the mask 'Popular' reads as praise").isEqualTo(Polarity.POSITIVE);
        assertThat(masked.label()).isNotEqualTo(Polarity.POSITIVE);
        assertThat(masked.positive()).isZero();
    }

    @Test
    void shouldMaskSpansGivenInAnyOrder() {
        String text = "Good Hope and Grand Central were both closed. Glad Tidings opened.";
        List<Span> masks = List.of(new Span(text.indexOf("Glad"), text.indexOf("Glad") + 12),
                new Span(0, 9), new Span(14, 27));

        assertThat(analyzer.analyze(text, masks).positive()).isZero();
    }

    @Test
    void shouldNegateTheWordAfterANegation() {
        assertThat(analyzer.analyze("The plan is good.").label()).isEqualTo(Polarity.POSITIVE);
        assertThat(analyzer.analyze("The plan is not good.").label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(analyzer.analyze("Not good.").label()).as("capitalised negation").isEqualTo(Polarity.NEGATIVE);
        assertThat(analyzer.analyze("The plan isn\u2019t good.").label()).as("curly apostrophe")
                .isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void shouldCancelANegatedNegativeWordInsteadOfReadingPraise() {
        double illegal = analyzer.analyze("The fee is illegal.").score();
        double notIllegal = analyzer.analyze("The fee is not illegal.").score();
        double notBad = analyzer.analyze("The plan is not bad.").score();

        assertThat(notIllegal).as("a concession, not praise").isLessThanOrEqualTo(0.0).isGreaterThan(illegal);
        assertThat(notBad).isLessThanOrEqualTo(0.0).isGreaterThan(analyzer.analyze("The plan is bad.").score());
        assertThat(notIllegal).as("the negation is left as a bare negation")
                .isEqualTo(analyzer.analyze("The fee is not settled.").score());
    }

    @Test
    void shouldReadHardlyBarelyAndScarcelyAsNegations() {
        assertThat(analyzer.analyze("The program was a success.").label()).isEqualTo(Polarity.POSITIVE);
        assertThat(analyzer.analyze("The program was hardly a success.").label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(analyzer.analyze("The judge was barely polite.").label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(Vader.reference().polarityScores("The program was hardly a success.").compound())
                .as("VADER only dampens").isPositive();
    }

    @Test
    void shouldNotNegateWithNotOnlyOrNotJust() {
        assertThat(analyzer.analyze("The plan is not only fair but wise.").label()).isEqualTo(Polarity.POSITIVE);
        assertThat(analyzer.analyze("It is not just unfair, it is cruel.").label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(analyzer.analyze("The storm hit not only Texas.").score()).as("no bare negation").isZero();
        assertThat(analyzer.analyze("The storm did not hit Texas.").score()).isNegative();
    }

    @Test
    void shouldNotTakeAnInflectedWordForAnotherWordsForm() {
        assertThat(analyzer.analyze("The bill passed the Senate on Tuesday.").score()).as("not 'passe'").isZero();
        assertThat(analyzer.analyze("A vote is likely on Tuesday.").score()).as("not 'like'").isZero();
        assertThat(analyzer.analyze("The city's budget flourished.").score()).isPositive();
    }

    @Test
    void shouldNotCountWhatIsBeingReducedAsNegative() {
        assertThat(analyzer.analyze("The new law will reduce crime and curb violence.").score()).isPositive();
        assertThat(analyzer.analyze("Crime and violence are rising.").score()).isNegative();
    }

    @Test
    void shouldReadArgumentCuesOfEditorialProse() {
        assertThat(analyzer.analyze("The mayor is still not convinced.").label()).as("bare negation")
                .isEqualTo(Polarity.NEGATIVE);
        assertThat(analyzer.analyze("The pension rules are too generous.").score()).isNegative();
        assertThat(analyzer.analyze("Who says lotteries are harmless fun?").score()).as("rhetorical question")
                .isLessThan(analyzer.analyze("Lotteries are harmless fun.").score());
    }

    @Test
    void shouldGiveNothingForEmptyText() {
        assertThat(analyzer.analyze(null)).isEqualTo(SentimentResult.NONE);
        assertThat(analyzer.analyze("")).isEqualTo(SentimentResult.NONE);
        assertThat(analyzer.analyze(" \n\t ")).isEqualTo(SentimentResult.NONE);
        assertThat(analyzer.analyze("... --- !!!").label()).isEqualTo(Polarity.NEUTRAL);
    }

    @Test
    void shouldReadOnlyTheFirstCharactersOfAHugeText() {
        String sentence = "The rescue was a great success, but the damage is terrible. ";
        String huge = sentence.repeat(200_000);

        SentimentResult result = analyzer.analyze(huge);

        assertThat(result.score()).isBetween(-1.0, 1.0);
        assertThat(result).isEqualTo(analyzer.analyze(huge.substring(0, SentimentAnalyzer.MAX_CHARS)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Der Hund ist sehr gut und die Katze ist schlecht.",
        "Президент заявил, что переговоры прошли успешно.",
        "الرئيس قال إن المحادثات كانت ناجحة",
        "总统说会谈很成功。经济正在增长。",
        "😀😀😀 👍 🔥🔥",
        "\u0000\uD800 broken surrogate \uDFFF end"})
    void shouldScoreAnyScriptWithoutFailing(String text) {
        SentimentResult result = analyzer.analyze(text);

        assertThat(result.score()).isBetween(-1.0, 1.0);
        assertThat(result.positive() + result.negative()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldKeepItsFieldsConsistent() {
        SentimentResult result = analyzer.analyze(
                "The mayor praised the brave volunteers. The flood destroyed homes and killed two people.");

        assertThat(result.score()).isBetween(-1.0, 1.0);
        assertThat(result.label()).isEqualTo(Polarity.of(result.score()));
        assertThat(result.positive()).isPositive();
        assertThat(result.negative()).isPositive();
        assertThat(result.tone()).isCloseTo((result.positive() - result.negative()) * 100,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void shouldGiveTheSameResultsWhenUsedFromManyThreads() throws Exception {
        List<String> texts = IntStream.range(0, 200)
                .mapToObj(i -> "Report " + i + ": the talks were " + (i % 2 == 0 ? "a success" : "a disaster")
                        + ". Officials were not happy; " + "critics called it absurd. ".repeat(i % 5))
                .toList();
        List<SentimentResult> sequential = texts.stream().map(analyzer::analyze).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SentimentResult>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                texts.forEach(text -> futures.add(pool.submit(() -> analyzer.analyze(text))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
