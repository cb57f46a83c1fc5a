package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.fixtures.Records;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

class Latin1Test {

    /** Pieces landing on every offset of an eight-byte word: ASCII, Latin-1 letters, real and stand-in '?'. */
    private static final String[] PIECES = {"a", "word ", "?", "é", "ß", "\u00ff", "\u0080", "\u2019", "\u0100",
            "\uD83D\uDE00", "\u00a0", "\n", "12345678"};

    @Test
    void shouldGiveTheJdksUtf8BytesForEveryLatin1TextAndNullForAnyOther() {
        SplittableRandom random = new SplittableRandom(11);
        int latin1Texts = 0;
        for (int sample = 0; sample < 20_000; sample++) {
            String text = randomText(random, random.nextInt(60));
            byte[] latin1 = Latin1.bytesOrNull(text);
            boolean isLatin1 = text.chars().allMatch(c -> c <= 0xFF);
            assertThat(latin1 != null).as(text).isEqualTo(isLatin1);
            if (latin1 != null) {
                latin1Texts++;
                assertThat(Latin1.toUtf8(latin1)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(latin1Texts).as("both kinds of text were drawn").isBetween(1_000, 19_000);
    }

    @Test
    void shouldHandTheSameArrayBackWhenTheTextIsAscii() {
        byte[] ascii = "plain ASCII text, long enough to fill words".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Latin1.toUtf8(ascii)).isSameAs(ascii);
    }

    @Test
    void shouldWriteTheSameAvroBytesAsAvrosOwnWriter() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        for (int sample = 0; sample < 2_000; sample++) {
            Article article = Records.article("id-" + sample);
            article.setBody(randomText(random, random.nextInt(400)));
            article.setTitle(randomText(random, random.nextInt(100)));

            assertThat(encode(new Latin1StringWriter<>(Article.getClassSchema()), article))
                    .isEqualTo(encode(new SpecificDatumWriter<>(Article.getClassSchema()), article));
        }
    }

    private static String randomText(SplittableRandom random, int pieces) {
        StringBuilder text = new StringBuilder();
        boolean onlyLatin1 = random.nextBoolean();
        for (int i = 0; i < pieces; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (!onlyLatin1 || piece.chars().allMatch(c -> c <= 0xFF)) {
                text.append(piece);
            }
        }
        return text.toString();
    }

    private static byte[] encode(DatumWriter<Article> writer, Article article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        writer.write(article, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
