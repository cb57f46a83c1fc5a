package io.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.Article;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An https registry whose certificate no public CA signed: trusted through
 * {@code schema.registry.ssl.truststore.location}, refused without it. The certificate is made for the test by
 * the JDK's keytool and thrown away with it.
 */
class RegistryOverTlsTest {

    private static final String SERVER_PASSWORD = "server-pass";
    private static final String TRUST_PASSWORD = "trust-pass";

    @TempDir
    Path dir;

    private FakeRegistryServer server;

    @BeforeEach
    void serveOverTls() throws Exception {
        Path serverStore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "registry", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", serverStore.toString(),
                "-storetype", "PKCS12", "-storepass", SERVER_PASSWORD, "-keypass", SERVER_PASSWORD);
        keytool("-exportcert", "-alias", "registry", "-keystore", serverStore.toString(), "-storepass", SERVER_PASSWORD,
                "-rfc", "-file", dir.resolve("registry.pem").toString());
        keytool("-importcert", "-noprompt", "-alias", "registry", "-file", dir.resolve("registry.pem").toString(),
                "-keystore", dir.resolve("trust.p12").toString(), "-storetype", "PKCS12", "-storepass", TRUST_PASSWORD);
        server = new FakeRegistryServer(serverContext(serverStore));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldRegisterAndReadOverHttpsWithTheConfiguredTrustStore() {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryConfig.from(Map.of(
                RegistryConfig.URL, server.url(),
                RegistryConfig.TRUSTSTORE_LOCATION, dir.resolve("trust.p12").toString(),
                RegistryConfig.TRUSTSTORE_PASSWORD, TRUST_PASSWORD)));

        int id = client.register("news.articles.raw-value", Article.getClassSchema());

        assertThat(server.url()).startsWith("https://");
        assertThat(client.schemaById(id)).isEqualTo(Article.getClassSchema());
    }

    @Test
    void shouldRefuseTheRegistryWithoutTheTrustStoreSayingWhere() {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryConfig.from(Map.of(RegistryConfig.URL, server.url())));

        assertThatThrownBy(() -> client.register("news.articles.raw-value", Article.getClassSchema()))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining(server.url()).hasMessageContaining("TLS");
    }

    @Test
    void shouldNameTheSettingOfAWrongTrustStorePasswordWithoutPrintingIt() {
        assertThatThrownBy(() -> new RestSchemaRegistryClient(RegistryConfig.from(Map.of(RegistryConfig.URL, server.url(),
                RegistryConfig.TRUSTSTORE_LOCATION, dir.resolve("trust.p12").toString(),
                RegistryConfig.TRUSTSTORE_PASSWORD, "not-the-password"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(RegistryConfig.TRUSTSTORE_LOCATION)
                .hasMessageNotContaining("not-the-password");
    }

    private static SSLContext serverContext(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, SERVER_PASSWORD.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, SERVER_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
