package io.newsflow.runner;

import io.newsflow.schemas.config.KafkaConnectionCheck;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.schemas.topics.TopicDefinition;
import io.newsflow.stack.StackException;
import io.newsflow.stack.TopicAdmin;
import io.newsflow.stack.TopicSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
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

    @Mixin
    ConnectionOptions.ClientConfig clients;

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
            KafkaConnectionCheck.verify(connection.bootstrapServers, clients.settings().kafka());
            ensureTopics(StackLauncher.catalogTopics());
            System.out.println("all topics exist on " + connection.bootstrapServers);
        }
        return 0;
    }

    /**
     * What {@link TopicAdmin#ensureTopics} does (create the missing topics, wait until every partition has a leader),
     * with an admin client that has the client settings.
     */
    private void ensureTopics(List<TopicSpec> topics) {
        try (Admin admin = Admin.create(clients.kafka(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection.bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000)))) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs()))
                    .toList()).values().forEach(TopicsCommand::awaitCreated);
            TopicAdmin.awaitWritable(admin, topics.stream().map(TopicSpec::name).collect(Collectors.toSet()));
        }
    }

    private static void awaitCreated(String name, KafkaFuture<Void> created) {
        try {
            created.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new StackException("Could not create topic " + name + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new StackException("Kafka did not create topic " + name + " within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while creating topic " + name, e);
        }
    }
}
