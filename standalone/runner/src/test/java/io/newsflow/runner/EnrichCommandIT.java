package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.ingest.Samples;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.SharedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./newsflow enrich` as an operator runs it, exactly once, on the local stack. */
class EnrichCommandIT {

    private static final int ARTICLES = 2_000;
    private static LocalStack stack;

    @BeforeAll
    static void stack() {
        stack = SharedStack.get();
        stack.ensureTopics(StackLauncher.catalogTopics());
    }

    @Test
    void shouldEnrichEveryArticleExactlyOnceAndSendBrokenRecordsToTheDeadLetterTopic(@TempDir Path dir) throws Exception {
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()));
        TopicCatalog topics = new TopicCatalog(serdes);
        String run = "enrich-it-" + System.nanoTime();
        Set<String> ids = produce(serdes, topics, run, ARTICLES);

        try (RunnerProcess enrich = RunnerProcess.start(List.of("enrich", "--threads", "2", "--application-id", run,
                "--state-dir", dir.resolve("state").toString(), "--bootstrap-servers", stack.bootstrapServers(),
                "--schema-registry-url", stack.registryUrl()), dir.resolve("enrich.err"))) {
            Map<String, Integer> seen = new HashMap<>();
            List<Rejected> deadLetters = new ArrayList<>();
            try (CommittedReader<String, EnrichedArticle> enriched = reader(topics.articlesEnriched());
                 CommittedReader<String, Rejected> dlq = reader(topics.enrichDlq())) {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    assertThat(enrich.process().isAlive()).as(Files.readString(dir.resolve("enrich.err"))).isTrue();
                    enriched.poll().stream().map(ConsumerRecord::key).filter(ids::contains).forEach(id -> seen.merge(id, 1, Integer::sum));
                    dlq.poll().stream().map(ConsumerRecord::value).filter(r -> r.getReason().contains("undecodable"))
                            .filter(r -> text(r.getKey()).startsWith(run))
                            .forEach(deadLetters::add);
                    assertThat(seen).hasSize(ARTICLES);
                    assertThat(deadLetters).hasSize(3);
                });
                enriched.drainToEnd().stream().map(ConsumerRecord::key).filter(ids::contains).forEach(id -> seen.merge(id, 1, Integer::sum));
            }
            assertThat(seen.values()).as("each article enriched once").containsOnly(1);

            enrich.process().destroy(); // SIGTERM: the shutdown hook closes the streams
            enrich.waitFor(60);
            assertThat(Files.readString(dir.resolve("enrich.err"))).contains("Enrich state PENDING_SHUTDOWN -> NOT_RUNNING");
        }
    }

    @Test
    void shouldSplitThePartitionsBetweenTwoInstancesWithTheSameApplicationId(@TempDir Path dir) throws Exception {
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()));
        TopicCatalog topics = new TopicCatalog(serdes);
        String run = "enrich-scale-it-" + System.nanoTime();
        Set<String> ids = produce(serdes, topics, run, 600);

        try (RunnerProcess first = startInstance(run, dir.resolve("a"));
             RunnerProcess second = startInstance(run, dir.resolve("b"));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
             CommittedReader<String, EnrichedArticle> enriched = reader(topics.articlesEnriched())) {
            await().atMost(Duration.ofMinutes(2)).ignoreExceptions().untilAsserted(() -> assertThat(admin.describeConsumerGroups(List.of(run))
                    .all().get().get(run).members()).hasSize(2)
                    .allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty()));
            Map<String, Integer> seen = new HashMap<>();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                enriched.poll().stream().map(ConsumerRecord::key).filter(ids::contains).forEach(id -> seen.merge(id, 1, Integer::sum));
                assertThat(seen).hasSize(ids.size());
            });
            enriched.drainToEnd().stream().map(ConsumerRecord::key).filter(ids::contains).forEach(id -> seen.merge(id, 1, Integer::sum));
            assertThat(seen.values()).as("each article enriched once by one of the two").containsOnly(1);
        }
    }

    private static RunnerProcess startInstance(String applicationId, Path dir) throws Exception {
        Files.createDirectories(dir);
        return RunnerProcess.start(List.of("enrich", "--application-id", applicationId, "--state-dir", dir.resolve("state").toString(),
                "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.registryUrl()), dir.resolve("enrich.err"));
    }

    private static String text(java.nio.ByteBuffer bytes) {
        if (bytes == null) {
            return "";
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.duplicate().get(copy);
        return new String(copy, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Articles with new ids (the samples, cycled, retitled) and three records that are not Avro at all. */
    private static Set<String> produce(NewsSerdes serdes, TopicCatalog topics, String run, int count) {
        List<Article> samples = Samples.articles(Clock.systemUTC());
        Topic<String, Article> raw = topics.articlesRaw();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Article sample = samples.get(i % samples.size());
                Article article = Article.newBuilder(sample).setId(run + "-" + i).setTitle(sample.getTitle() + " #" + i).build();
                producer.send(new ProducerRecord<>(raw.name(), article.getId(), raw.valueSerde().serializer().serialize(raw.name(), article)));
                ids.add(article.getId());
            }
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(raw.name(), run + "-broken-" + i, ("not avro " + i).getBytes()));
            }
            producer.flush();
            return Set.copyOf(ids);
        }
    }

    private static <V> CommittedReader<String, V> reader(Topic<String, V> topic) {
        return CommittedReader.of(stack.bootstrapServers(), topic);
    }
}
