package io.newsflow.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids: the same article ingested twice, from any reader, gets the same id.
 * SHA-256 of the canonical URL when there is one, else of source, title and body; the first 16 bytes in hex.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String of(String url, String source, String title, String body) {
        String basis = url != null && !url.isBlank()
                ? "url\n" + canonicalUrl(url)
                : "text\n" + source + "\n" + title + "\n" + body;
        return HexFormat.of().formatHex(sha256(basis), 0, 16);
    }

    /** Lower-case scheme and host, no fragment, no trailing slash: the forms one page is commonly linked by. */
    static String canonicalUrl(String url) {
        String trimmed = url.trim();
        int hash = trimmed.indexOf('#');
        if (hash >= 0) {
            trimmed = trimmed.substring(0, hash);
        }
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        int pathStart = trimmed.indexOf('/', trimmed.indexOf("://") + 3);
        return pathStart < 0 ? trimmed.toLowerCase(Locale.ROOT)
                : trimmed.substring(0, pathStart).toLowerCase(Locale.ROOT) + trimmed.substring(pathStart);
    }

    /** One digest per thread: looking the algorithm up per article cost more than hashing a URL. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    private static byte[] sha256(String text) {
        return SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
