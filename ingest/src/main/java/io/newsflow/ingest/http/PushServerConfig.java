package io.newsflow.ingest.http;

import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP push endpoint listens and what it accepts.
 *
 * @param host           address to bind; loopback by default so that exposing the endpoint is a deliberate choice
 * @param port           TCP port; 0 picks a free one (tests)
 * @param bearerToken    the token clients must send as {@code Authorization: Bearer}; empty turns auth off, and
 *                       whether that is acceptable is for the caller to decide
 * @param maxBodyBytes   largest request body accepted; the body is held in memory while it is ingested
 * @param defaultSource  source for articles whose format names none
 * @param workerThreads  requests handled at once; each one blocks until Kafka acknowledged, so this bounds
 *                       the load the endpoint puts on Kafka
 * @param rateLimit      requests a second one client address may make, in bursts of up to twice that; 0: no limit
 */
public record PushServerConfig(String host, int port, Optional<String> bearerToken, int maxBodyBytes,
        String defaultSource, int workerThreads, int rateLimit) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
    public static final String DEFAULT_SOURCE = "http";
    public static final int DEFAULT_WORKER_THREADS = 4;
    public static final int DEFAULT_RATE_LIMIT = 50;
    /** Bodies are read into one array; beyond this a push endpoint is the wrong tool anyway. */
    static final int MAX_BODY_BYTES_LIMIT = 1024 * 1024 * 1024;

    public PushServerConfig {
        requireNotBlank(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        Objects.requireNonNull(bearerToken, "bearerToken must not be null (use Optional.empty() to turn auth off)");
        bearerToken.ifPresent(PushServerConfig::requireUsableToken);
        if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + MAX_BODY_BYTES_LIMIT
                    + ", was " + maxBodyBytes);
        }
        requireNotBlank(defaultSource, "defaultSource");
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1, was " + workerThreads);
        }
        if (rateLimit < 0) {
            throw new IllegalArgumentException("rateLimit must be 0 (none) or more, was " + rateLimit);
        }
    }

    /** Every setting at its default, auth off, listening on the given port. */
    public static PushServerConfig onPort(int port) {
        return new PushServerConfig(DEFAULT_HOST, port, Optional.empty(), DEFAULT_MAX_BODY_BYTES, DEFAULT_SOURCE,
                DEFAULT_WORKER_THREADS, DEFAULT_RATE_LIMIT);
    }

    public PushServerConfig withHost(String newHost) {
        return new PushServerConfig(newHost, port, bearerToken, maxBodyBytes, defaultSource, workerThreads, rateLimit);
    }

    public PushServerConfig withBearerToken(String token) {
        return new PushServerConfig(host, port, Optional.of(token), maxBodyBytes, defaultSource, workerThreads, rateLimit);
    }

    public PushServerConfig withMaxBodyBytes(int bytes) {
        return new PushServerConfig(host, port, bearerToken, bytes, defaultSource, workerThreads, rateLimit);
    }

    public PushServerConfig withDefaultSource(String source) {
        return new PushServerConfig(host, port, bearerToken, maxBodyBytes, source, workerThreads, rateLimit);
    }

    public PushServerConfig withWorkerThreads(int threads) {
        return new PushServerConfig(host, port, bearerToken, maxBodyBytes, defaultSource, threads, rateLimit);
    }

    public PushServerConfig withRateLimit(int requestsPerSecond) {
        return new PushServerConfig(host, port, bearerToken, maxBodyBytes, defaultSource, workerThreads, requestsPerSecond);
    }

    /** Keeps the token out of logs and exception messages. */
    @Override
    public String toString() {
        return "PushServerConfig[host=" + host + ", port=" + port + ", bearerToken="
                + (bearerToken.isPresent() ? "<set>" : "<none>") + ", maxBodyBytes=" + maxBodyBytes
                + ", defaultSource=" + defaultSource + ", workerThreads=" + workerThreads + ", rateLimit=" + rateLimit + "]";
    }

    private static void requireNotBlank(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(setting + " must not be blank");
        }
    }

    /** The header value is split at whitespace, so a token containing any could never match. */
    private static void requireUsableToken(String token) {
        requireNotBlank(token, "bearerToken");
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("bearerToken must not contain whitespace");
        }
    }
}
