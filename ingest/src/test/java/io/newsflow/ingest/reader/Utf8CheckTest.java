package io.newsflow.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

    @Test
    void shouldAcceptExactlyWhatTheJdksStrictDecoderAccepts() {
        SplittableRandom random = new SplittableRandom(13);
        byte[][] pieces = {"plain ascii text ".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
                "€".getBytes(StandardCharsets.UTF_8), "\uD83D\uDE80".getBytes(StandardCharsets.UTF_8), {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}};
        for (int sample = 0; sample < 20_000; sample++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                byte[] piece = pieces[random.nextInt(random.nextInt(4) == 0 ? pieces.length : 4)];
                out.write(piece, 0, piece.length);
            }
            byte[] bytes = out.toByteArray();

            assertThat(Utf8Check.firstInvalid(bytes, 0, bytes.length) < 0).as(java.util.Arrays.toString(bytes))
                    .isEqualTo(strictlyValid(bytes));
        }
    }

    private static boolean strictlyValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
