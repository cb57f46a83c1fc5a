package io.newsflow.ingest.reader;

import io.newsflow.schemas.serde.Latin1;

/**
 * Strict UTF-8 validation (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF. Jackson
 * refuses most malformed input but reads overlong two-byte forms ({@code C0 AF} as "/", {@code C0 80} as NUL),
 * which would smuggle characters past anything that looked at the bytes; JSON input is checked here first. ASCII
 * goes by eight bytes at a time, so valid news text costs little.
 */
final class Utf8Check {

    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Check() {
    }

    /** The offset of the first byte that does not start or continue a valid sequence, or -1 when all is valid. */
    static int firstInvalid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + 8 <= to && (Latin1.word(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i, to);
            if (length < 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** The length of the valid multi-byte sequence at {@code i}, or -1. */
    private static int sequenceLength(byte[] bytes, int i, int to) {
        int b = bytes[i] & 0xFF;
        int length;
        int min;
        int max;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
            max = 0xBF;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
            max = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
            max = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
        } else {
            return -1; // a continuation byte on its own, C0/C1 (always overlong), F5..FF
        }
        if (i + length > to) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < min || second > max) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return -1;
            }
        }
        return length;
    }
}
