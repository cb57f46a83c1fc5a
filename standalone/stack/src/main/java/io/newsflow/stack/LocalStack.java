package io.newsflow.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker and a real schema registry on this machine, started together and stopped together.
 *
 * <p>Start order: broker (format on first use, wait until it answers), registry on top of it (its schemas
 * live in Kafka), registry compatibility set, then the requested topics created and waited for.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    private final StackOptions options;
    private KafkaBroker broker;
    private ApicurioRegistry registry;
    private volatile boolean closed;

    private LocalStack(StackOptions options, KafkaBroker broker, ApicurioRegistry registry) {
        this.options = options;
        this.broker = broker;
        this.registry = registry;
    }

    public static LocalStack start(StackOptions options, Collection<TopicSpec> topics) {
        refuseBusyPorts(options);
        KafkaBroker broker = KafkaBroker.start(options);
        try {
            ApicurioRegistry registry = ApicurioRegistry.start(options, broker.bootstrapServers());
            LocalStack stack = new LocalStack(options, broker, registry);
            stack.ensureTopics(topics);
            LOG.info("Local stack ready: bootstrap={} registry={} data={}", stack.bootstrapServers(),
                    stack.registryUrl(), options.dataDir());
            return stack;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return KafkaBroker.bootstrapServers(options);
    }

    /** The secured (SASL/SCRAM over TLS) listener, when the stack was started with one. */
    public java.util.Optional<BrokerSecurity> security() {
        return java.util.Optional.ofNullable(options.security());
    }

    /** The Confluent-API base URL, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}. */
    public String registryUrl() {
        return ApicurioRegistry.url(options);
    }

    public java.nio.file.Path dataDir() {
        return options.dataDir();
    }

    public synchronized List<Long> pids() {
        return List.of(broker.pid(), registry.pid());
    }

    /**
     * Stops the broker as an operator would (a clean shutdown: SIGTERM, then SIGKILL after a grace period) and
     * leaves the registry running; for fault tests. {@link #startBroker()} brings it back on the same port and data.
     */
    public synchronized void stopBroker() {
        LOG.info("Stopping the Kafka broker (pid {})", broker.pid());
        broker.close();
    }

    /** Kills the broker with SIGKILL, as a crash would; {@link #startBroker()} recovers its logs and goes on. */
    public synchronized void killBroker() {
        LOG.info("Killing the Kafka broker (pid {})", broker.pid());
        broker.kill();
    }

    /** Starts the broker again after {@link #stopBroker()}: same port, same data; returns when it answers. */
    public synchronized void startBroker() {
        broker = KafkaBroker.start(options);
        LOG.info("Kafka broker started again (pid {})", broker.pid());
    }

    /** Stops the registry (the broker keeps running, and with it every schema already registered); for fault tests. */
    public synchronized void stopRegistry() {
        LOG.info("Stopping the schema registry (pid {})", registry.pid());
        registry.close();
    }

    /** Starts the registry again after {@link #stopRegistry()}; it reads its schemas back from Kafka. */
    public synchronized void startRegistry() {
        registry = ApicurioRegistry.start(options, bootstrapServers());
        LOG.info("Schema registry started again (pid {})", registry.pid());
    }

    public void ensureTopics(Collection<TopicSpec> topics) {
        if (!topics.isEmpty()) {
            TopicAdmin.ensureTopics(bootstrapServers(), topics);
        }
    }

    /** Stops the registry, then the broker; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        registry.close();
        broker.close();
        LOG.info("Local stack stopped");
    }

    private static void refuseBusyPorts(StackOptions options) {
        List<Integer> ports = new java.util.ArrayList<>(List.of(options.kafkaPort(), options.controllerPort(),
                options.registryPort()));
        if (options.security() != null) {
            ports.add(options.security().port());
        }
        for (int port : ports) {
            try (ServerSocket probe = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw new StackException("Port " + port + " on 127.0.0.1 is already in use: stop what listens there "
                        + "or choose other ports (--kafka-port, --registry-port)");
            }
        }
    }

    /** Distinct free TCP ports on the loopback interface (all held open together, so no two are the same). */
    public static int[] freePorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
            }
            return java.util.Arrays.stream(sockets).mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new StackException("No free port on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : sockets) {
                closeQuietly(socket);
            }
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // only a probe
        }
    }
}
