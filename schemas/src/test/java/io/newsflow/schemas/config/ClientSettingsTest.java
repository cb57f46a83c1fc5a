package io.newsflow.schemas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.registry.RegistryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsTest {

    private static final ConfigKey<String> SERVERS = ConnectionKeys.BOOTSTRAP_SERVERS;
    private static final ConfigKey<Integer> THREADS = ConfigKey.integer("app.threads", "APP_THREADS", 1, 1, 16, "threads");
    private static final List<ConfigKey<?>> KEYS = List.of(SERVERS, ConnectionKeys.SCHEMA_REGISTRY_URL, THREADS);
    private static final String PASSWORD = "pa55-w0rd-never-printed";
    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"newsflow\" "
            + "password=\"" + PASSWORD + "\";";

    @TempDir
    Path dir;

    @Test
    void shouldPassKafkaAndRegistryClientSettingsFromTheServiceFile() throws Exception {
        Path file = write("bootstrap.servers=k:9093", "app.threads=2", "security.protocol=SASL_SSL",
                "sasl.mechanism=SCRAM-SHA-512", "sasl.jaas.config=" + JAAS, "ssl.truststore.location=/etc/newsflow/ca.p12",
                "ssl.endpoint.identification.algorithm=", "request.timeout.ms=20000",
                "basic.auth.credentials.source=USER_INFO", "basic.auth.user.info=newsflow:" + PASSWORD,
                "schema.registry.ssl.truststore.location=/etc/newsflow/registry-ca.p12",
                "schema.registry.ssl.truststore.password=" + PASSWORD, "schema.registry.ssl.truststore.type=PKCS12");

        Settings settings = Settings.load(KEYS, Optional.of(file), Map.of(), Map.of());

        assertThat(settings.get(SERVERS)).isEqualTo("k:9093");
        assertThat(settings.get(THREADS)).isEqualTo(2);
        assertThat(settings.clients().kafka()).containsOnly(Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.mechanism", "SCRAM-SHA-512"), Map.entry("sasl.jaas.config", JAAS),
                Map.entry("ssl.truststore.location", "/etc/newsflow/ca.p12"),
                Map.entry("ssl.endpoint.identification.algorithm", ""), Map.entry("request.timeout.ms", "20000"));
        assertThat(settings.clients().registry()).containsOnly(Map.entry(RegistryConfig.CREDENTIALS_SOURCE, "USER_INFO"),
                Map.entry(RegistryConfig.USER_INFO, "newsflow:" + PASSWORD),
                Map.entry(RegistryConfig.TRUSTSTORE_LOCATION, "/etc/newsflow/registry-ca.p12"),
                Map.entry(RegistryConfig.TRUSTSTORE_PASSWORD, PASSWORD), Map.entry(RegistryConfig.TRUSTSTORE_TYPE, "PKCS12"));
    }

    @Test
    void shouldTakeTheEnvironmentOverTheFile() throws Exception {
        Path file = write("security.protocol=SSL", "sasl.mechanism=PLAIN", "basic.auth.user.info=file:secret");
        Map<String, String> env = Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_JAAS_CONFIG", JAAS,
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/ca.p12", "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "env:secret",
                "SCHEMA_REGISTRY_BASIC_AUTH_CREDENTIALS_SOURCE", "USER_INFO", "SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION", "/r.p12",
                "SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD", "p", "SCHEMA_REGISTRY_SSL_TRUSTSTORE_TYPE", "JKS");

        ClientSettings clients = ClientSettings.load(Optional.of(file), env);

        assertThat(clients.kafka()).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", JAAS).containsEntry("ssl.truststore.location", "/ca.p12");
        assertThat(clients.registry()).containsEntry(RegistryConfig.USER_INFO, "env:secret")
                .containsEntry(RegistryConfig.CREDENTIALS_SOURCE, "USER_INFO")
                .containsEntry(RegistryConfig.TRUSTSTORE_LOCATION, "/r.p12").containsEntry(RegistryConfig.TRUSTSTORE_PASSWORD, "p")
                .containsEntry(RegistryConfig.TRUSTSTORE_TYPE, "JKS");
        assertThat(clients.origins()).containsEntry("security.protocol", "environment KAFKA_SECURITY_PROTOCOL")
                .containsEntry("sasl.mechanism", file.toString());
    }

    @Test
    void shouldTakeOnlyRealClientSettingNamesFromTheEnvironment() {
        Map<String, String> env = Map.of("KAFKA_HEAP_OPTS", "-Xmx1g", "KAFKA_OPTS", "-Dx=y", "KAFKA_LOG_DIRS", "/var/kafka",
                "KAFKA_BOOTSTRAP_SERVERS", "k:9092", "SCHEMA_REGISTRY_URL", "http://r:8081", "KAFKA_CLIENT_RACK", "eu-1a",
                "KAFKA_SASL_MECHANISM", " ", "SCHEMA_REGISTRY_HOST_NAME", "registry");

        Settings settings = Settings.load(KEYS, Optional.empty(), env, Map.of());

        assertThat(settings.clients().kafka()).containsOnly(Map.entry("client.rack", "eu-1a"));
        assertThat(settings.clients().registry()).isEmpty();
        assertThat(settings.get(SERVERS)).isEqualTo("k:9092");
        assertThat(ClientSettings.kafkaEnv("ssl.endpoint.identification.algorithm"))
                .isEqualTo("KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acks", "enable.idempotence", "transactional.id", "isolation.level", "enable.auto.commit",
            "auto.offset.reset", "group.id", "key.serializer", "value.serializer", "key.deserializer", "value.deserializer",
            "partitioner.class", "processing.guarantee", "application.id"})
    void shouldRefuseTheSettingsTheGuaranteesDependOnNamingTheKeyAndWhy(String key) throws Exception {
        Path file = write("security.protocol=SSL", key + "=" + PASSWORD);

        assertThatThrownBy(() -> Settings.load(KEYS, Optional.of(file), Map.of(), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Invalid configuration " + key + " (from " + file + ")")
                .hasMessageContaining("set by newsflow")
                .hasMessageNotContaining(PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acks", "enable.idempotence", "transactional.id", "isolation.level", "enable.auto.commit",
            "group.id", "key.serializer", "value.deserializer"})
    void shouldRefuseTheSameSettingsFromTheEnvironment(String key) {
        String variable = ClientSettings.kafkaEnv(key);

        assertThatThrownBy(() -> Settings.load(KEYS, Optional.empty(), Map.of(variable, PASSWORD), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Invalid configuration " + key + " (from environment " + variable + ")")
                .hasMessageContaining("set by newsflow")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void shouldSayWhyASettingIsRefused() {
        assertThatThrownBy(() -> ClientSettings.load(Optional.empty(), Map.of("KAFKA_ACKS", "1")))
                .hasMessageContaining("acks=all").hasMessageContaining("exactly-once");
        assertThatThrownBy(() -> ClientSettings.load(Optional.empty(), Map.of("KAFKA_ISOLATION_LEVEL", "read_uncommitted")))
                .hasMessageContaining("read_committed");
    }

    @Test
    void shouldStillRefuseKeysThatAreNeitherTheServicesNorClientSettings() throws Exception {
        Path typo = write("security.protocol=SASL_SSL", "sasl.jass.config=" + PASSWORD);
        Path serviceKey = write("security.protocol=SASL_SSL", "app.threads=2");
        Path connection = write("bootstrap.servers=k:9092");

        assertThatThrownBy(() -> Settings.load(KEYS, Optional.of(typo), Map.of(), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("sasl.jass.config").hasMessageContaining("unknown key").hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(() -> ClientSettings.load(Optional.of(serviceKey), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("app.threads").hasMessageContaining("unknown key");
        assertThatThrownBy(() -> ClientSettings.load(Optional.of(connection), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("--bootstrap-servers").hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldNeverShowAValue() throws Exception {
        Path file = write("sasl.jaas.config=" + JAAS, "ssl.keystore.password=" + PASSWORD,
                "basic.auth.user.info=newsflow:" + PASSWORD);

        ClientSettings clients = ClientSettings.load(Optional.of(file),
                Map.of("SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD", PASSWORD));

        assertThat(clients.toString()).doesNotContain(PASSWORD).doesNotContain("ScramLoginModule")
                .contains("sasl.jaas.config (" + file + ")", "ssl.keystore.password",
                        "schema.registry.ssl.truststore.password (environment SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD)");
        assertThat(clients.origins().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void shouldPutTheClientsOwnSettingsOnTop() {
        ClientSettings clients = ClientSettings.load(Optional.empty(), Map.of("KAFKA_CLIENT_ID", "theirs",
                "KAFKA_SECURITY_PROTOCOL", "SSL"));

        assertThat(ClientSettings.onTop(clients.kafka(), Map.of("client.id", "newsflow-produce", "bootstrap.servers", "k:9092")))
                .containsOnly(Map.entry("client.id", "newsflow-produce"), Map.entry("bootstrap.servers", "k:9092"),
                        Map.entry("security.protocol", "SSL"));
        assertThat(ClientSettings.none().kafka()).isEmpty();
    }

    private Path write(String... lines) throws Exception {
        return Files.write(Files.createTempFile(dir, "client", ".properties"), List.of(lines));
    }
}
