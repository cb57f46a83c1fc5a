package io.newsflow.schemas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;
import org.junit.jupiter.api.Test;

class KafkaConnectionCheckTest {

    private static final String PASSWORD = "pa55-w0rd-never-printed";
    private static final Map<String, Object> SCRAM = Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"newsflow\" "
                    + "password=\"" + PASSWORD + "\";");

    @Test
    void shouldSayWhoRefusedTheCredentialsWithWhichSettingsAndWhatToCheck() {
        String message = KafkaConnectionCheck.refusal("127.0.0.1:9094", SCRAM, new SaslAuthenticationException(
                "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512"));

        assertThat(message).isEqualTo("Kafka at 127.0.0.1:9094 refused the credentials (security.protocol=SASL_SSL, "
                + "sasl.mechanism=SCRAM-SHA-512): Authentication failed during authentication due to invalid credentials "
                + "with SASL mechanism SCRAM-SHA-512; check sasl.jaas.config");
    }

    @Test
    void shouldPointAFailedTlsHandshakeAtTheTrustStoreInOneLine() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed:\n unable to find valid "
                + "certification path to requested target");
        String message = KafkaConnectionCheck.refusal("broker:9093", Map.of("security.protocol", "SSL"),
                new SslAuthenticationException("SSL handshake failed", handshake));

        assertThat(message).startsWith("Kafka at broker:9093 refused the TLS handshake (security.protocol=SSL): "
                        + "SSL handshake failed: PKIX path building failed: unable to find valid certification path")
                .contains("check ssl.truststore.location").doesNotContain("\n").doesNotContain("sasl.mechanism");
    }

    @Test
    void shouldNameTheMechanismWhenTheBrokerDoesNotEnableIt() {
        String message = KafkaConnectionCheck.refusal("k:9094", Map.of("security.protocol", "SASL_PLAINTEXT"),
                new UnsupportedSaslMechanismException("Client SASL mechanism 'GSSAPI' not enabled in the server"));

        assertThat(message).contains("(security.protocol=SASL_PLAINTEXT, sasl.mechanism=GSSAPI (default))")
                .endsWith("; check sasl.mechanism (it must be one the broker's listener enables)");
        assertThat(KafkaConnectionCheck.refusal("k:9092", Map.of(), new AuthenticationException("refused")))
                .isEqualTo("Kafka at k:9092 refused the credentials (security.protocol=PLAINTEXT (default)): refused; "
                        + "check security.protocol, sasl.mechanism and sasl.jaas.config");
    }

    @Test
    void shouldNeverPrintASecretEvenWhenKafkaQuotesIt() {
        String message = KafkaConnectionCheck.refusal("k:9094", SCRAM, new SaslAuthenticationException(
                "bad password " + PASSWORD + " for user newsflow"));

        assertThat(message).doesNotContain(PASSWORD).contains("bad password (hidden) for user newsflow");
    }

    @Test
    void shouldRefuseSettingsKafkaCannotEvenBuildAClientFrom() {
        Map<String, Object> noJaas = Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512");

        assertThatThrownBy(() -> KafkaConnectionCheck.verify("127.0.0.1:9", noJaas, Duration.ofSeconds(1)))
                .isInstanceOf(KafkaConnectionCheck.RefusedException.class)
                .hasMessageStartingWith("Cannot create a Kafka client for 127.0.0.1:9 (security.protocol=SASL_SSL, "
                        + "sasl.mechanism=SCRAM-SHA-512): ")
                .hasMessageContaining("JAAS").hasNoCause();
    }

    @Test
    void shouldOnlyWarnWhenNoBrokerAnswersInTime() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String bootstrap = "127.0.0.1:" + closedPort;

        assertThatCode(() -> KafkaConnectionCheck.verify(bootstrap, Map.of(), Duration.ofMillis(500)))
                .doesNotThrowAnyException();
    }
}
