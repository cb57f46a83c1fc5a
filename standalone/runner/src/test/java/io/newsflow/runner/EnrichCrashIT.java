package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityMention;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reliability: 20,000 articles through enrich and sink while each is killed with SIGKILL twice, at random points
 * of its work, and restarted; read_committed readers of {@code news.articles.enriched} and of the sink's per-entity
 * topic {@code news.entities} find every article, and every (article, entity), exactly once.
 */
class EnrichCrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichCrashIT.class);
    private static final int ARTICLES = 20_000;
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(5);

    @Test
    void shouldLoseAndDuplicateNothingWhenEnrichAndSinkAreEachKilledTwiceWhileTheyWork(@TempDir Path dir) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String run = "crash-" + Long.toHexString(seed);
        LOG.info("Kill points drawn with seed {}", seed);
        try (LocalStack stack = StackLauncher.startOnFreePorts(dir.resolve("stack"), Path.of(System.getProperty("newsflow.apicurio.home")));
             NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()))) {
            stack.ensureTopics(StackLauncher.catalogTopics());
            TopicCatalog topics = new TopicCatalog(serdes);
            List<String> connection = List.of("--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.registryUrl());
            Set<String> ids = ingest(dir, run, connection, stack, topics);
            // a killed member leaves the group when its session times out: 6 s (the broker's minimum) instead of 45 s
            Path config = Files.writeString(dir.resolve("services.properties"), "session.timeout.ms=6000\nheartbeat.interval.ms=1500\n");
            Service enrich = new Service(dir, "enrich", config, connection);
            Service sink = new Service(dir, "sink", config, connection);
            try (CommittedReader<String, EnrichedArticle> enrichedReader = CommittedReader.of(stack.bootstrapServers(), topics.articlesEnriched());
                 CommittedReader<String, EntityMention> entityReader = CommittedReader.of(stack.bootstrapServers(), topics.entities())) {
                Progress progress = new Progress(enrichedReader, entityReader, ids);
                for (Kill kill : schedule(random, enrich, sink)) {
                    kill.killWhenDue(progress);
                }
                await().atMost(PHASE_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    enrich.assertAlive();
                    sink.assertAlive();
                    progress.poll();
                    assertThat(progress.enriched).hasSize(ARTICLES);
                    assertThat(progress.mentionsPerArticle()).isEqualTo(progress.expectedMentionsPerArticle());
                });
            } finally {
                enrich.stop();
                sink.stop();
            }
            assertExactlyOnce(stack, topics, ids);
        }
    }

    private static Set<String> ingest(Path dir, String run, List<String> connection, LocalStack stack, TopicCatalog topics)
            throws Exception {
        Path articles = dir.resolve("articles");
        ShortArticles.writeDirectory(articles, run, ARTICLES, 20, Instant.now().minus(10, ChronoUnit.MINUTES));
        try (RunnerProcess ingest = RunnerProcess.start(RunnerProcess.args(List.of("ingest", "--no-progress", articles.toString()), connection),
                dir.resolve("ingest.err"))) {
            assertThat(ingest.waitFor(300)).as(ingest.stderr()).isZero();
        }
        try (CommittedReader<String, Article> raw = CommittedReader.of(stack.bootstrapServers(), topics.articlesRaw())) {
            Set<String> ids = raw.drainToEnd().stream().map(ConsumerRecord::key).collect(Collectors.toSet());
            assertThat(ids).hasSize(ARTICLES);
            return ids;
        }
    }

    /** Each service killed twice, at points drawn at random from the first and the second half of the work. */
    private static List<Kill> schedule(Random random, Service enrich, Service sink) {
        List<Kill> kills = new ArrayList<>(List.of(
                new Kill(enrich, 3_000 + random.nextInt(5_000)),
                new Kill(enrich, 11_000 + random.nextInt(5_000)),
                new Kill(sink, 4_000 + random.nextInt(5_000)),
                new Kill(sink, 12_000 + random.nextInt(5_000))));
        kills.sort(Comparator.comparingInt(Kill::afterEnriched));
        LOG.info("Kill schedule (after N articles enriched): {}", kills);
        return kills;
    }

    /** After everything: each article once in the enriched topic, each (article, entity) once in news.entities. */
    private static void assertExactlyOnce(LocalStack stack, TopicCatalog topics, Set<String> ids) {
        List<ConsumerRecord<String, EnrichedArticle>> enriched;
        List<ConsumerRecord<String, EntityMention>> mentions;
        try (CommittedReader<String, EnrichedArticle> enrichedReader = CommittedReader.of(stack.bootstrapServers(), topics.articlesEnriched());
             CommittedReader<String, EntityMention> entityReader = CommittedReader.of(stack.bootstrapServers(), topics.entities())) {
            enriched = enrichedReader.drainToEnd();
            mentions = entityReader.drainToEnd();
        }
        assertThat(enriched).extracting(ConsumerRecord::key).as("news.articles.enriched: every article exactly once")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(mentions).extracting(m -> m.key() + "@" + m.value().getArticleId())
                .as("news.entities: every (entity, article) exactly once").doesNotHaveDuplicates();
        Map<String, Integer> expected = enriched.stream().filter(r -> !r.value().getEntities().isEmpty())
                .collect(Collectors.toMap(ConsumerRecord::key, r -> r.value().getEntities().size()));
        assertThat(countBy(mentions, m -> m.value().getArticleId())).as("news.entities: one record per entity of each article")
                .isEqualTo(expected);
        assertThat(expected).as("the articles name entities").hasSizeGreaterThan(ARTICLES / 2);
    }

    private static <V> Map<String, Integer> countBy(List<ConsumerRecord<String, V>> records, Function<ConsumerRecord<String, V>, String> key) {
        return records.stream().collect(Collectors.toMap(key, r -> 1, Integer::sum));
    }

    /** What the read_committed readers have seen so far. */
    private static final class Progress {
        private final CommittedReader<String, EnrichedArticle> enrichedReader;
        private final CommittedReader<String, EntityMention> entityReader;
        private final Set<String> ids;
        private final Map<String, EnrichedArticle> enriched = new HashMap<>();
        private final List<EntityMention> mentions = new ArrayList<>();

        Progress(CommittedReader<String, EnrichedArticle> enrichedReader, CommittedReader<String, EntityMention> entityReader,
                Set<String> ids) {
            this.enrichedReader = enrichedReader;
            this.entityReader = entityReader;
            this.ids = ids;
        }

        void poll() {
            enrichedReader.poll().stream().filter(r -> ids.contains(r.key())).forEach(r -> enriched.put(r.key(), r.value()));
            entityReader.poll().stream().filter(r -> ids.contains(r.value().getArticleId())).forEach(r -> mentions.add(r.value()));
        }

        Map<String, Integer> mentionsPerArticle() {
            return mentions.stream().collect(Collectors.toMap(EntityMention::getArticleId, m -> 1, Integer::sum));
        }

        Map<String, Integer> expectedMentionsPerArticle() {
            return enriched.values().stream().filter(a -> !a.getEntities().isEmpty())
                    .collect(Collectors.toMap(a -> a.getArticle().getId(), a -> a.getEntities().size()));
        }
    }

    /** One kill: once this many articles are enriched, and the service has written something since it (re)started. */
    private record Kill(Service service, int afterEnriched) {

        void killWhenDue(Progress progress) throws Exception {
            int writtenAtStart = service.written(progress);
            await().atMost(PHASE_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                service.assertAlive();
                progress.poll();
                assertThat(progress.enriched.size()).isGreaterThanOrEqualTo(afterEnriched);
                assertThat(service.written(progress)).as("%s has written since it started", service.name)
                        .isGreaterThan(writtenAtStart);
            });
            int enriched = progress.enriched.size();
            service.kill();
            LOG.info("Killed {} (SIGKILL) with {} articles enriched and {} entity records written", service.name, enriched,
                    progress.mentions.size());
            assertThat(enriched).as("%s was killed while there was work left", service.name).isLessThan(ARTICLES);
            service.start();
        }

        @Override
        public String toString() {
            return service.name + "@" + afterEnriched;
        }
    }

    /** A service process, restarted under the same application id and state directory. */
    private static final class Service {
        private final Path dir;
        private final String name;
        private final List<String> command;
        private RunnerProcess process;

        Service(Path dir, String name, Path config, List<String> connection) throws Exception {
            this.dir = dir;
            this.name = name;
            this.command = RunnerProcess.args(List.of(name, "--config", config.toString(), "--state-dir", dir.resolve(name + "-state").toString()),
                    connection);
            start();
        }

        void start() throws Exception {
            process = RunnerProcess.start(command, dir.resolve(name + ".err"));
        }

        int written(Progress progress) {
            return name.equals("enrich") ? progress.enriched.size() : progress.mentions.size();
        }

        void kill() throws InterruptedException {
            process.process().destroyForcibly();
            process.process().waitFor();
        }

        void assertAlive() {
            assertThat(process.process().isAlive()).as(name + " died: " + process.stderr()).isTrue();
        }

        void stop() throws InterruptedException {
            process.close();
        }
    }
}
