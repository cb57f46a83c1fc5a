package io.newsflow.ingest.http;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Checks {@code Authorization: Bearer <token>} against the configured token, if there is one. */
final class BearerAuth {

    private static final String SCHEME = "Bearer";

    /** Null when auth is off. */
    private final byte[] expected;

    private BearerAuth(byte[] expected) {
        this.expected = expected;
    }

    static BearerAuth of(Optional<String> token) {
        return new BearerAuth(token.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null));
    }

    boolean enabled() {
        return expected != null;
    }

    /** The answer refusing the request, or empty when it may go on. */
    Optional<Reply> refusal(Headers headers) {
        if (!enabled()) {
            return Optional.empty();
        }
        Optional<String> presented = presentedToken(headers.getFirst("Authorization"));
        if (presented.isEmpty()) {
            return Optional.of(Reply.error(401, "bearer token required").withHeader("WWW-Authenticate", SCHEME));
        }
        // Constant time, so response timing does not reveal how much of a guess was right.
        if (!MessageDigest.isEqual(expected, presented.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Reply.error(403, "bearer token not accepted"));
        }
        return Optional.empty();
    }

    /** Another scheme (Basic, …) counts as no bearer token at all: the client has not tried one. */
    private static Optional<String> presentedToken(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase(SCHEME)) {
            return Optional.empty();
        }
        String token = value.substring(space + 1).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
