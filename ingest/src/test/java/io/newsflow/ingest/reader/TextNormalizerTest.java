package io.newsflow.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void shouldCollapseEveryKindOfSpaceIntoOne() {
        assertThat(TextNormalizer.line("  a\u00A0\u00A0b\t\u2003c\n d  ")).isEqualTo("a b c d");
    }

    @Test
    void shouldDropControlCharactersWithoutJoiningWords() {
        assertThat(TextNormalizer.line("T\u0007itle\u0000 here")).isEqualTo("Title here");
    }

    @Test
    void shouldComposeToNfc() {
        assertThat(TextNormalizer.line("Cafe\u0301")).isEqualTo("Caf\u00e9");
        assertThat(TextNormalizer.line("\u1100\u1161 \u212B")).isEqualTo("\uAC00 \u00C5");
        assertThat(TextNormalizer.line("\u201CQuoted\u201D \u2013 \u00e9t\u00e9 \u4e2d\u6587")).isEqualTo("\u201CQuoted\u201D \u2013 \u00e9t\u00e9 \u4e2d\u6587");
    }

    @Test
    void shouldKeepParagraphBreaksAsOneBlankLine() {
        assertThat(TextNormalizer.paragraphs("\n\none\r\n\r\n\r\ntwo\nstill two\n \t\nthree\r\rfour\n\n\n"))
                .isEqualTo("one\n\ntwo still two\n\nthree\n\nfour");
    }

    @Test
    void shouldTurnAParagraphOfOnlyControlCharactersIntoNothing() {
        assertThat(TextNormalizer.paragraphs("a\n\n\u0000\u0001\n\nb")).isEqualTo("a\n\nb");
    }

    @Test
    void shouldMapNullToNull() {
        assertThat(TextNormalizer.line(null)).isNull();
        assertThat(TextNormalizer.paragraphs(null)).isNull();
    }

    @Test
    void shouldKeepEmojiIndicScriptsAndCombiningMarksThatDoNotCompose() {
        assertThat(TextNormalizer.line("Ferry  \uD83D\uDE80 timetable")).isEqualTo("Ferry \uD83D\uDE80 timetable");
        assertThat(TextNormalizer.line("\u0939\u093F\u0928\u094D\u0926\u0940 news")).isEqualTo("\u0939\u093F\u0928\u094D\u0926\u0940 news");
        assertThat(TextNormalizer.line("x\u0301 and e\u0301")).isEqualTo("x\u0301 and \u00e9");
        assertThat(TextNormalizer.paragraphs("Para one \uD83D\uDE80.\n\n\nPara two.")).isEqualTo("Para one \uD83D\uDE80.\n\nPara two.");
    }

    @Test
    void shouldGiveTheSameTextWithTheBlockFastPathAsCharacterByCharacter() {
        // pieces chosen to land on block edges in every combination: words, single and double spaces, breaks,
        // CRLF, tabs, no-break spaces, controls, accented and non-Latin letters, a combining mark
        assertFastPathsAgreeWithReference(new String[] {"word", "a", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0",
                "\u0007", "\u00e9", "\u2019", "e\u0301", "x.", "Long-enough-token"});
    }

    @Test
    void shouldGiveTheSameTextWithTheLatin1WordPathAsCharacterByCharacter() {
        // only Latin-1 pieces, so the eight-bytes-at-a-time path runs: C1 controls, NEL, DEL, no-break space too
        assertFastPathsAgreeWithReference(new String[] {"word", "a", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t",
                "\u00A0", "\u0007", "\u007f", "\u0085", "\u0091", "\u00e9", "\u00ff", "x.", "?", "Long-enough-token"});
    }

    private static void assertFastPathsAgreeWithReference(String[] pieces) {
        SplittableRandom random = new SplittableRandom(7);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            while (text.length() < length) {
                text.append(random.nextInt(4) == 0 ? pieces[random.nextInt(pieces.length)] : pieces[random.nextInt(2)]);
                text.append(random.nextInt(3) == 0 ? "" : " ");
            }
            for (boolean paragraphs : new boolean[] {true, false}) {
                assertThat(TextNormalizer.collapseIfNfc(text.toString(), paragraphs, true))
                        .as("%s (paragraphs=%s)", text, paragraphs)
                        .isEqualTo(TextNormalizer.collapseIfNfc(text.toString(), paragraphs, false));
            }
        }
    }
}
