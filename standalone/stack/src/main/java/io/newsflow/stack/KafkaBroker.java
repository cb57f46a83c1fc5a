package io.newsflow.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft Kafka broker (Kafka's own {@code kafka.Kafka} server, combined broker and
 * controller) in a child JVM. The data directory is formatted on first use and kept afterwards.
 */
final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final ChildProcess process;
    private final String bootstrapServers;

    private KafkaBroker(ChildProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaBroker start(StackOptions options) {
        Path dir = options.dataDir().resolve("kafka");
        Path config = writeServerProperties(dir, options);
        Path logConfig = writeLogbackConfig(dir);
        String classpath = System.getProperty("java.class.path");
        formatIfNeeded(dir, config, classpath, options);
        List<String> jvm = List.of("-Xms256m", "-Xmx" + options.brokerHeap(), "-XX:+UseG1GC",
                "-Dlogback.configurationFile=" + logConfig, "-Dkafka.logs.dir=" + dir.resolve("logs"));
        ChildProcess child = ChildProcess.startWatched("Kafka broker", jvm, classpath, "kafka.Kafka",
                List.of(config.toString()), options.logDir().resolve("kafka.log"));
        KafkaBroker broker = new KafkaBroker(child, bootstrapServers(options));
        broker.awaitReady();
        return broker;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** Where the broker of these options takes plain clients, running or not. */
    static String bootstrapServers(StackOptions options) {
        return "127.0.0.1:" + options.kafkaPort();
    }

    long pid() {
        return process.pid();
    }

    private static Path writeServerProperties(Path dir, StackOptions options) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + options.controllerPort());
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + options.kafkaPort() + ",CONTROLLER://127.0.0.1:" + options.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + options.kafkaPort());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        if (options.security() != null) {
            addSecuredListener(p, options.security());
        }
        p.put("log.dirs", dir.resolve("data").toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // a local stack: keep a week of data, never more than 1 GB a partition
        p.put("log.retention.hours", "168");
        p.put("log.retention.bytes", "1073741824");
        p.put("auto.create.topics.enable", "false");
        return store(p, dir.resolve("server.properties"));
    }

    /**
     * A SASL_SSL listener named SECURE: SCRAM-SHA-512 over TLS with the given key store. The plain listener stays
     * (the registry and the broker's own traffic use it), so only clients that choose SECURE are put to the test.
     */
    private static void addSecuredListener(Properties p, BrokerSecurity security) {
        String secure = "SECURE://127.0.0.1:" + security.port();
        p.put("listeners", p.getProperty("listeners") + "," + secure);
        p.put("advertised.listeners", p.getProperty("advertised.listeners") + "," + secure);
        p.put("listener.security.protocol.map", p.getProperty("listener.security.protocol.map") + ",SECURE:SASL_SSL");
        String prefix = "listener.name.secure.";
        p.put(prefix + "sasl.enabled.mechanisms", BrokerSecurity.MECHANISM);
        p.put(prefix + BrokerSecurity.MECHANISM.toLowerCase(java.util.Locale.ROOT) + ".sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put(prefix + "ssl.keystore.location", security.keystore().toString());
        p.put(prefix + "ssl.keystore.password", security.keystorePassword());
        p.put(prefix + "ssl.key.password", security.keystorePassword());
        p.put(prefix + "ssl.keystore.type", "PKCS12");
    }

    private static Path store(Properties properties, Path file) {
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            properties.store(text, "written by the newsflow local stack at every start");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return write(file, text.toString());
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new StackException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path writeLogbackConfig(Path dir) {
        String xml = """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
                  <logger name="kafka.Kafka" level="INFO"/>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                </configuration>
                """;
        return write(dir.resolve("logback.xml"), xml);
    }

    /** Formats the storage once; a directory that holds meta.properties is a broker's data and is kept. */
    private static void formatIfNeeded(Path dir, Path config, String classpath, StackOptions options) {
        if (Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            return;
        }
        List<String> command = new java.util.ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx256m", "-cp", classpath,
                "-Dlogback.configurationFile=" + dir.resolve("logback.xml"),
                "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
        if (options.security() != null) {
            // SCRAM credentials live in the cluster metadata: KRaft takes the first user at format time
            BrokerSecurity security = options.security();
            command.addAll(List.of("--add-scram", BrokerSecurity.MECHANISM + "=[name=" + security.user()
                    + ",password=" + security.password() + "]"));
        }
        ChildProcess format = ChildProcess.start("Kafka storage format", command, options.logDir().resolve("kafka-format.log"));
        int exit = format.waitFor(Duration.ofSeconds(120));
        if (exit != 0) {
            throw new StackException("Formatting the Kafka data directory " + dir + " failed (exit " + exit + "):\n"
                    + format.logTail(20));
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = TopicAdmin.admin(bootstrapServers)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new StackException("The Kafka broker exited during start-up; last log lines:\n" + process.logTail(30));
                }
                if (answers(admin)) {
                    return;
                }
            }
        }
        close();
        throw new StackException("The Kafka broker did not answer on " + bootstrapServers + " within " + READY_TIMEOUT
                + "; log " + process.logFile());
    }

    private static boolean answers(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for the Kafka broker", e);
        } catch (ExecutionException | TimeoutException notYet) {
            return false;
        }
    }

    /** SIGKILL: the broker recovers its logs at the next start, as after a crash. */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
