package io.newsflow.schemas.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * Registry client settings, read from serde configs with the same keys as Confluent's serializers, so an
 * existing client configuration works unchanged.
 *
 * @param urls          {@value #URL}: one or more base URLs, comma-separated; tried in order when one is
 *                      unreachable. {@code mock://scope} selects an in-memory registry shared by that scope
 *                      (for tests without a server).
 * @param authorization value of the {@code Authorization} header, from {@value #CREDENTIALS_SOURCE}
 *                      ({@code USER_INFO} takes {@value #USER_INFO} "user:password"; {@code URL} takes the
 *                      user info of the URL)
 * @param timeout       {@value #TIMEOUT_MS}: per-request timeout, default 10 s
 * @param retryTimeout  {@value #RETRY_TIMEOUT_MS}: how long a request is retried while the registry is unreachable or
 *                      answers 502/503/504, default 60 s (0: fail at once); a registry restart then costs a pause,
 *                      not an error
 * @param trustStore    {@value #TRUSTSTORE_LOCATION} (with {@value #TRUSTSTORE_PASSWORD} and {@value #TRUSTSTORE_TYPE},
 *                      PKCS12 by default): the certificates to trust for an https registry signed by a private CA;
 *                      none: the JVM's default trust store
 */
public record RegistryConfig(List<String> urls, Optional<String> authorization, Duration timeout, Duration retryTimeout,
        Optional<TrustStore> trustStore) {

    /** A trust store file, its password (never printed) and its type. */
    public record TrustStore(java.nio.file.Path location, char[] password, String type) {
        @Override
        public String toString() {
            return "TrustStore[" + location + ", " + type + ", password=<hidden>]";
        }
    }

    public static final String URL = "schema.registry.url";
    public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";
    public static final String TIMEOUT_MS = "schema.registry.request.timeout.ms";
    public static final String RETRY_TIMEOUT_MS = "schema.registry.retry.timeout.ms";
    public static final String MOCK_SCHEME = "mock://";
    public static final String TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
    public static final String TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
    public static final String TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";

    public static RegistryConfig from(Map<String, ?> configs) {
        Object url = configs.get(URL);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException(URL, url, "Missing required configuration \"" + URL + "\": the schema registry base URL");
        }
        List<String> given = Arrays.stream(url.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(RegistryConfig::withoutTrailingSlash).toList();
        given.forEach(RegistryConfig::validateUrl);
        Optional<String> authorization = authorization(configs, given);
        List<String> urls = given.stream().map(RegistryConfig::withoutUserInfo).toList();
        return new RegistryConfig(urls, authorization, millis(configs, TIMEOUT_MS, "10000", false),
                millis(configs, RETRY_TIMEOUT_MS, "60000", true), trustStore(configs));
    }

    public boolean isMock() {
        return urls.get(0).startsWith(MOCK_SCHEME);
    }

    private static Optional<String> authorization(Map<String, ?> configs, List<String> urls) {
        String source = String.valueOf(valueOr(configs, CREDENTIALS_SOURCE, "")).trim().toUpperCase();
        switch (source) {
            case "", "NONE" -> {
                return Optional.empty();
            }
            case "USER_INFO" -> {
                Object userInfo = configs.get(USER_INFO);
                if (userInfo == null || !userInfo.toString().contains(":")) {
                    throw new ConfigException(USER_INFO, "(hidden)", "must be \"user:password\" when "
                            + CREDENTIALS_SOURCE + "=USER_INFO");
                }
                return Optional.of(basic(userInfo.toString()));
            }
            case "URL" -> {
                String userInfo = URI.create(urls.get(0)).getUserInfo();
                if (userInfo == null) {
                    throw new ConfigException(URL, urls.get(0), "has no user info but " + CREDENTIALS_SOURCE + "=URL");
                }
                return Optional.of(basic(userInfo));
            }
            default -> throw new ConfigException(CREDENTIALS_SOURCE, source, "must be USER_INFO or URL");
        }
    }

    private static Optional<TrustStore> trustStore(Map<String, ?> configs) {
        Object location = configs.get(TRUSTSTORE_LOCATION);
        if (location == null || location.toString().isBlank()) {
            return Optional.empty();
        }
        java.nio.file.Path path = java.nio.file.Path.of(location.toString().trim());
        if (!java.nio.file.Files.isReadable(path)) {
            throw new ConfigException(TRUSTSTORE_LOCATION, location, "is not a readable file");
        }
        Object password = configs.get(TRUSTSTORE_PASSWORD);
        String type = String.valueOf(valueOr(configs, TRUSTSTORE_TYPE, "PKCS12")).trim();
        return Optional.of(new TrustStore(path, password == null ? new char[0] : password.toString().toCharArray(), type));
    }

    private static String basic(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Duration millis(Map<String, ?> configs, String key, String defaultValue, boolean zeroAllowed) {
        Object value = valueOr(configs, key, defaultValue);
        try {
            long millis = Long.parseLong(String.valueOf(value).trim());
            if (millis < 0 || millis == 0 && !zeroAllowed) {
                throw new ConfigException(key, value, "must be a " + (zeroAllowed ? "non-negative" : "positive")
                        + " number of milliseconds");
            }
            return Duration.ofMillis(millis);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "must be a number of milliseconds");
        }
    }

    private static Object valueOr(Map<String, ?> configs, String key, Object defaultValue) {
        Object value = configs.get(key);
        return value == null ? defaultValue : value;
    }

    private static String withoutUserInfo(String url) {
        if (url.startsWith(MOCK_SCHEME)) {
            return url;
        }
        URI uri = URI.create(url);
        return uri.getUserInfo() == null ? url : url.replace(uri.getRawUserInfo() + "@", "");
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void validateUrl(String url) {
        if (url.startsWith(MOCK_SCHEME)) {
            return;
        }
        try {
            URI uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigException(URL, url, "must be an http(s) URL such as http://127.0.0.1:8081");
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(URL, url, "is not a URL: " + e.getMessage());
        }
    }
}
