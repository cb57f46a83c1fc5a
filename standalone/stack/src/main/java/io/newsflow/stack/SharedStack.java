package io.newsflow.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One local stack per JVM, for integration tests: started on first use on free ports in a temporary
 * directory, stopped when the JVM exits. Tests create the topics they need with {@link LocalStack#ensureTopics}.
 */
public final class SharedStack {

    private static LocalStack instance;

    private SharedStack() {
    }

    public static synchronized LocalStack get() {
        if (instance == null) {
            instance = LocalStack.start(options(), List.of());
            LocalStack started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                Directories.deleteQuietly(started.dataDir());
            }, "local-stack-shutdown"));
        }
        return instance;
    }

    private static StackOptions options() {
        try {
            Path dir = Files.createTempDirectory("newsflow-stack-");
            int[] ports = LocalStack.freePorts(3);
            return StackOptions.defaults(dir).withKafkaPort(ports[0], ports[1]).withRegistryPort(ports[2]);
        } catch (IOException e) {
            throw new StackException("Cannot create a temporary directory for the test stack", e);
        }
    }
}
