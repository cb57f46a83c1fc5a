package io.newsflow.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics and waits until every partition of each answers a {@code listOffsets} request.
 *
 * <p>Why the wait: an idempotent producer that starts right after {@code createTopics} can hit
 * NOT_LEADER_OR_FOLLOWER followed by OUT_OF_ORDER_SEQUENCE_NUMBER and silently lose records
 * (KAFKA-15591). Once {@code listOffsets} succeeds for a partition its leader is serving.
 */
public final class TopicAdmin {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private TopicAdmin() {
    }

    public static Admin admin(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        return Admin.create(props);
    }

    /** Creates the topics that do not exist yet (existing ones are left as they are) and waits until all are writable. */
    public static void ensureTopics(String bootstrapServers, Collection<TopicSpec> topics) {
        try (Admin admin = admin(bootstrapServers)) {
            createMissing(admin, topics);
            awaitWritable(admin, topics.stream().map(TopicSpec::name).collect(Collectors.toSet()));
        }
    }

    private static void createMissing(Admin admin, Collection<TopicSpec> topics) {
        List<NewTopic> requests = topics.stream()
                .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs()))
                .toList();
        admin.createTopics(requests).values().forEach((name, future) -> {
            try {
                future.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new StackException("Could not create topic " + name + ": " + e.getCause().getMessage(), e);
                }
            } catch (InterruptedException | TimeoutException e) {
                throw interruptedOrTimedOut("creating topic " + name, e);
            }
        });
    }

    /** Retries {@code listOffsets(latest)} for every partition of the topics until it succeeds. */
    public static void awaitWritable(Admin admin, Set<String> topics) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                Map<TopicPartition, OffsetSpec> request = partitionsOf(admin, topics);
                admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                last = e;
                pause();
            } catch (InterruptedException e) {
                throw interruptedOrTimedOut("waiting for topic leaders", e);
            }
        }
        throw new StackException("Topics " + topics + " had no leader for every partition within " + READY_TIMEOUT
                + (last == null ? "" : ": " + last.getMessage()), last);
    }

    private static Map<TopicPartition, OffsetSpec> partitionsOf(Admin admin, Set<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        descriptions.values().forEach(d -> d.partitions().forEach(p ->
                request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        return request;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static StackException interruptedOrTimedOut(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new StackException("Interrupted or timed out " + what, e);
    }
}
