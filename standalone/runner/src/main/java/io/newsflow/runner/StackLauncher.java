package io.newsflow.runner;

import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.StackOptions;
import io.newsflow.stack.TopicSpec;
import java.nio.file.Path;
import java.util.List;

/** Starts the local stack with every catalog topic. */
final class StackLauncher {

    private StackLauncher() {
    }

    static List<TopicSpec> catalogTopics() {
        return TopicCatalog.definitions().stream()
                .map(d -> new TopicSpec(d.name(), d.partitions(), d.configs()))
                .toList();
    }

    /** On the given ports; the KRaft controller takes the Kafka port + 1. */
    static LocalStack start(Path dataDir, int kafkaPort, int registryPort, Path apicurioHome) {
        return start(dataDir, kafkaPort, kafkaPort + 1, registryPort, apicurioHome);
    }

    /** On free ports, for a demo that must not collide with a stack the user already runs. */
    static LocalStack startOnFreePorts(Path dataDir, Path apicurioHome) {
        int[] ports = LocalStack.freePorts(3);
        return start(dataDir, ports[0], ports[1], ports[2], apicurioHome);
    }

    private static LocalStack start(Path dataDir, int kafkaPort, int controllerPort, int registryPort, Path apicurioHome) {
        StackOptions options = StackOptions.defaults(dataDir).withKafkaPort(kafkaPort, controllerPort)
                .withRegistryPort(registryPort).withApicurioHome(apicurioHome);
        return LocalStack.start(options, catalogTopics());
    }
}
