package io.newsflow.schemas.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A quick check at a service's start, before anything else talks to Kafka, that Kafka accepts the client settings:
 * an admin client with those settings asks for the cluster's description. Refused credentials or a failed TLS
 * handshake end the start with {@link RefusedException}, one line that names the broker, the security settings in
 * use (never a secret), Kafka's reason and what to check. A broker that does not answer in time is only warned
 * about: the service's clients keep retrying, as they did before the check.
 */
public final class KafkaConnectionCheck {

    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(KafkaConnectionCheck.class);
    private static final Pattern JAAS_SECRET = Pattern.compile("(?i)(password|secret)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i)password|secret|jaas|passphrase|keystore\\.key");

    private KafkaConnectionCheck() {
    }

    /**
     * Kafka refused the client settings. The message is the whole story, in one line and without secrets; it has no
     * cause, so that nothing appends Kafka's unfiltered messages to it (they are logged at DEBUG).
     */
    public static final class RefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** Checks within {@link #TIMEOUT}. */
    public static void verify(String bootstrapServers, Map<String, ?> kafkaClient) {
        verify(bootstrapServers, kafkaClient, TIMEOUT);
    }

    public static void verify(String bootstrapServers, Map<String, ?> kafkaClient, Duration timeout) {
        try {
            String cluster = describeCluster(bootstrapServers, kafkaClient, timeout);
            LOG.info("Kafka at {} accepted the client settings ({}): cluster {}", bootstrapServers, security(kafkaClient), cluster);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException refused) {
                LOG.debug("Kafka at {} refused the client settings", bootstrapServers, refused);
                throw new RefusedException(refusal(bootstrapServers, kafkaClient, refused));
            }
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                warnNoAnswer(bootstrapServers, kafkaClient, timeout);
            } else {
                LOG.warn("Kafka at {} did not describe its cluster ({}): {}; going on", bootstrapServers,
                        security(kafkaClient), hidden(chain(e.getCause()), kafkaClient));
            }
        } catch (TimeoutException e) {
            warnNoAnswer(bootstrapServers, kafkaClient, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while connecting to Kafka at " + bootstrapServers, e);
        }
    }

    private static String describeCluster(String bootstrapServers, Map<String, ?> kafkaClient, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        Admin admin = create(bootstrapServers, kafkaClient);
        try {
            return admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .clusterId().get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    private static void warnNoAnswer(String bootstrapServers, Map<String, ?> kafkaClient, Duration timeout) {
        LOG.warn("Kafka at {} did not answer within {} ms ({}); going on, the clients keep trying. If its listener "
                + "expects TLS or SASL, check {}", bootstrapServers, timeout.toMillis(), security(kafkaClient),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG);
    }

    private static Admin create(String bootstrapServers, Map<String, ?> kafkaClient) {
        try {
            return Admin.create(ClientSettings.onTop(kafkaClient, Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-connection-check")));
        } catch (KafkaException e) {
            LOG.debug("Cannot create a Kafka client for {}", bootstrapServers, e);
            throw new RefusedException("Cannot create a Kafka client for " + bootstrapServers + " (" + security(kafkaClient)
                    + "): " + hidden(chain(e), kafkaClient) + "; check the ssl.* and sasl.* settings");
        }
    }

    /**
     * The one-line error for refused settings, e.g. {@code Kafka at 127.0.0.1:9094 refused the credentials
     * (security.protocol=SASL_SSL, sasl.mechanism=SCRAM-SHA-512): <Kafka's message>; check sasl.jaas.config}.
     */
    static String refusal(String bootstrapServers, Map<String, ?> kafkaClient, AuthenticationException e) {
        String what = e instanceof SslAuthenticationException ? "refused the TLS handshake" : "refused the credentials";
        return "Kafka at " + bootstrapServers + " " + what + " (" + security(kafkaClient) + "): "
                + hidden(chain(e), kafkaClient) + "; " + hint(e);
    }

    private static String hint(AuthenticationException e) {
        if (e instanceof SslAuthenticationException) {
            return "check ssl.truststore.location (it must hold the CA of the broker's certificate), "
                    + "ssl.endpoint.identification.algorithm, and ssl.keystore.location if the broker wants a client certificate";
        }
        if (e instanceof UnsupportedSaslMechanismException) {
            return "check " + SaslConfigs.SASL_MECHANISM + " (it must be one the broker's listener enables)";
        }
        if (e instanceof SaslAuthenticationException) {
            return "check " + SaslConfigs.SASL_JAAS_CONFIG;
        }
        return "check " + CommonClientConfigs.SECURITY_PROTOCOL_CONFIG + ", " + SaslConfigs.SASL_MECHANISM + " and "
                + SaslConfigs.SASL_JAAS_CONFIG;
    }

    /** The settings that say how the client connects; none of them is a secret. */
    static String security(Map<String, ?> kafkaClient) {
        Object protocol = kafkaClient.get(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG);
        String text = CommonClientConfigs.SECURITY_PROTOCOL_CONFIG + "="
                + (protocol == null ? CommonClientConfigs.DEFAULT_SECURITY_PROTOCOL + " (default)" : protocol);
        if (protocol != null && protocol.toString().trim().toUpperCase(java.util.Locale.ROOT).startsWith("SASL_")) {
            Object mechanism = kafkaClient.get(SaslConfigs.SASL_MECHANISM);
            text += ", " + SaslConfigs.SASL_MECHANISM + "=" + (mechanism == null ? SaslConfigs.DEFAULT_SASL_MECHANISM + " (default)" : mechanism);
        }
        return text;
    }

    /** The messages of an exception and its causes, each once, on one line. */
    static String chain(Throwable e) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && !text.toString().contains(message.strip())) {
                text.append(text.length() == 0 ? "" : ": ").append(message.strip());
            }
        }
        return text.length() == 0 ? e.getClass().getSimpleName() : text.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Any secret of the settings that a message might quote, replaced: passwords, JAAS configs, their password fields. */
    static String hidden(String message, Map<String, ?> kafkaClient) {
        String text = message;
        for (String secret : secrets(kafkaClient)) {
            text = text.replace(secret, "(hidden)");
        }
        return text;
    }

    private static List<String> secrets(Map<String, ?> kafkaClient) {
        List<String> secrets = new ArrayList<>();
        kafkaClient.forEach((key, value) -> {
            if (value != null && SECRET_KEY.matcher(key).find()) {
                secrets.add(value.toString());
                Matcher fields = JAAS_SECRET.matcher(value.toString());
                while (fields.find()) {
                    secrets.add(fields.group(2));
                }
            }
        });
        secrets.removeIf(String::isBlank);
        secrets.sort((a, b) -> b.length() - a.length());
        return secrets;
    }
}
