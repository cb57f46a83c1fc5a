package io.newsflow.stack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the local stack runs.
 *
 * @param dataDir        broker data (and through it the registry's schemas) and the logs; kept between runs
 * @param kafkaPort      the broker's client port on 127.0.0.1
 * @param controllerPort the KRaft controller port on 127.0.0.1
 * @param registryPort   the registry's HTTP port on 127.0.0.1
 * @param apicurioHome   the unpacked {@code apicurio-registry-app} distribution
 * @param compatibility  the registry's global compatibility level, set at every start
 * @param brokerHeap     maximum heap of the broker JVM, e.g. {@code 1g}
 * @param registryHeap   maximum heap of the registry JVM
 * @param security       a secured (SASL/SCRAM over TLS) client listener besides the plain one, or null
 */
public record StackOptions(Path dataDir, int kafkaPort, int controllerPort, int registryPort, Path apicurioHome,
        String compatibility, String brokerHeap, String registryHeap, BrokerSecurity security) {

    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_REGISTRY_PORT = 8081;
    public static final String APICURIO_HOME_PROPERTY = "newsflow.apicurio.home";
    public static final String APICURIO_HOME_ENV = "NEWSFLOW_APICURIO_HOME";

    public StackOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        requirePort("kafka port", kafkaPort);
        requirePort("controller port", controllerPort);
        requirePort("registry port", registryPort);
        if (kafkaPort == controllerPort || kafkaPort == registryPort || controllerPort == registryPort) {
            throw new IllegalArgumentException("kafka, controller and registry ports must differ: "
                    + kafkaPort + ", " + controllerPort + ", " + registryPort);
        }
        dataDir = dataDir.toAbsolutePath();
    }

    /** Defaults: ports 9092 (controller 9093) and 8081, BACKWARD compatibility, Apicurio from property or env. */
    public static StackOptions defaults(Path dataDir) {
        return new StackOptions(dataDir, DEFAULT_KAFKA_PORT, DEFAULT_KAFKA_PORT + 1, DEFAULT_REGISTRY_PORT,
                apicurioHomeFromEnvironment(), "BACKWARD", "1g", "512m", null);
    }

    public static Path apicurioHomeFromEnvironment() {
        String value = System.getProperty(APICURIO_HOME_PROPERTY, System.getenv(APICURIO_HOME_ENV));
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    public StackOptions withKafkaPort(int port, int controller) {
        return new StackOptions(dataDir, port, controller, registryPort, apicurioHome, compatibility, brokerHeap, registryHeap, security);
    }

    public StackOptions withRegistryPort(int port) {
        return new StackOptions(dataDir, kafkaPort, controllerPort, port, apicurioHome, compatibility, brokerHeap, registryHeap, security);
    }

    public StackOptions withApicurioHome(Path home) {
        return new StackOptions(dataDir, kafkaPort, controllerPort, registryPort, home, compatibility, brokerHeap, registryHeap, security);
    }

    public StackOptions withSecurity(BrokerSecurity brokerSecurity) {
        return new StackOptions(dataDir, kafkaPort, controllerPort, registryPort, apicurioHome, compatibility, brokerHeap,
                registryHeap, brokerSecurity);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    private static void requirePort(String what, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " must be between 1 and 65535, got " + port);
        }
    }
}
