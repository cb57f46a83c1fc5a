package io.newsflow.stack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A second, secured client listener for the local broker: SASL/SCRAM-SHA-512 over TLS, for testing clients
 * against a secured Kafka. The plain listener stays for the registry and the broker itself.
 *
 * @param port             the SASL_SSL listener's port on 127.0.0.1
 * @param keystore         the broker's PKCS12 key store (its key and a certificate valid for 127.0.0.1)
 * @param keystorePassword the key store's (and the key's) password
 * @param user             the SCRAM user created when the storage is formatted
 * @param password         that user's password
 */
public record BrokerSecurity(int port, Path keystore, String keystorePassword, String user, String password) {

    public static final String MECHANISM = "SCRAM-SHA-512";

    public BrokerSecurity {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(keystorePassword, "keystorePassword");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        keystore = keystore.toAbsolutePath();
    }

    /** What a client needs on top of its trust store: {@code host:port} of the secured listener. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public String toString() {
        return "BrokerSecurity[port=" + port + ", keystore=" + keystore + ", user=" + user + "]";
    }
}
