package io.newsflow.runner;

import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.schemas.topics.TopicDefinition;
import io.newsflow.stack.TopicAdmin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"List newsflow's topics; --create creates the missing ones.",
                "",
                "Prints each topic's name, partition count, key and value type."})
final class TopicsCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Option(names = "--create", description = "Create every catalog topic that does not exist (replication factor 1).")
    boolean create;

    @Override
    public Integer call() {
        for (TopicDefinition d : TopicCatalog.definitions()) {
            System.out.printf("%-24s partitions=%d key=%-18s value=%s%n", d.name(), d.partitions(), "'" + d.key() + "'",
                    d.valueType().getSimpleName());
        }
        if (create) {
            if (connection.bootstrapServers == null || connection.bootstrapServers.isBlank()) {
                connection.require(spec);
            }
            TopicAdmin.ensureTopics(connection.bootstrapServers, StackLauncher.catalogTopics());
            System.out.println("all topics exist on " + connection.bootstrapServers);
        }
        return 0;
    }
}
