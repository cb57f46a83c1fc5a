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

    static LocalStack start(Path dataDir, int kafkaPort, int registryPort, Path apicurioHome) {
        StackOptions options = StackOptions.defaults(dataDir).withKafkaPort(kafkaPort, kafkaPort + 1)
                .withRegistryPort(registryPort);
        if (apicurioHome != null) {
            options = options.withApicurioHome(apicurioHome);
        }
        return LocalStack.start(options, catalogTopics());
    }

    /** On free ports, for a demo that must not collide with a stack the user already runs. */
    static LocalStack startOnFreePorts(Path dataDir, Path apicurioHome) {
        int[] ports = LocalStack.freePorts(3);
        StackOptions options = StackOptions.defaults(dataDir).withKafkaPort(ports[0], ports[1]).withRegistryPort(ports[2]);
        if (apicurioHome != null) {
            options = options.withApicurioHome(apicurioHome);
        }
        return LocalStack.start(options, catalogTopics());
    }
}
