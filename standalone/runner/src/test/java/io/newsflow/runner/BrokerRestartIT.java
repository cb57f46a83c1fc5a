package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reliability: while {@code ./newsflow ingest} publishes a directory of 10,000 articles, the broker is stopped and
 * started again, then killed (SIGKILL) and started again; ingest waits for it each time, finishes with exit code 0,
 * and the raw topic holds each article exactly once.
 */
class BrokerRestartIT {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerRestartIT.class);
    private static final int ARTICLES = 10_000;

    @Test
    void shouldPublishEveryArticleExactlyOnceThoughTheBrokerRestartsDuringIngest(@TempDir Path dir) throws Exception {
        String run = "restart-" + Long.toHexString(System.nanoTime());
        try (LocalStack stack = StackLauncher.startOnFreePorts(dir.resolve("stack"), Path.of(System.getProperty("newsflow.apicurio.home")));
             NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()))) {
            stack.ensureTopics(StackLauncher.catalogTopics());
            Topic<String, Article> raw = new TopicCatalog(serdes).articlesRaw();
            Path articles = dir.resolve("articles");
            Set<String> urls = Set.copyOf(ShortArticles.writeDirectory(articles, run, ARTICLES, 100, Instant.now()));
            // small transactions, so that publishing lasts long enough to be interrupted
            Path config = Files.writeString(dir.resolve("ingest.properties"), "ingest.batch.articles=10\n");

            try (RunnerProcess ingest = RunnerProcess.start(List.of("ingest", "--no-progress", "--config", config.toString(),
                    "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.registryUrl(),
                    articles.toString()), dir.resolve("ingest.err"));
                 CommittedReader<String, Article> reader = CommittedReader.of(stack.bootstrapServers(), raw)) {
                List<ConsumerRecord<String, Article>> before = new ArrayList<>();
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    before.addAll(reader.poll());
                    return !before.isEmpty() || !ingest.process().isAlive();
                });
                assertThat(ingest.process().isAlive()).as("ingest still publishing: " + ingest.stderr()).isTrue();

                stack.stopBroker();
                assertThat(ingest.process().isAlive()).as("the broker was stopped while ingest was publishing").isTrue();
                LOG.info("Broker stopped with {}+ articles committed", before.size());
                stack.startBroker();

                // then a crash: SIGKILL, once ingest has committed more after the restart
                int committed = before.size();
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    before.addAll(reader.poll());
                    return before.size() > committed + 500 || !ingest.process().isAlive();
                });
                stack.killBroker();
                assertThat(ingest.process().isAlive()).as("the broker was killed while ingest was publishing").isTrue();
                LOG.info("Broker killed with {}+ articles committed", before.size());
                stack.startBroker();

                assertThat(ingest.waitFor(300)).as("ingest exit code; stderr: " + ingest.stderr()).isZero();
                assertThat(ingest.lines()).anyMatch(line -> line.startsWith("ingested=" + ARTICLES + " duplicates=0 rejected=0"));
            }
            try (CommittedReader<String, Article> reader = CommittedReader.of(stack.bootstrapServers(), raw)) {
                List<String> published = reader.drainToEnd().stream().map(r -> r.value().getUrl()).toList();
                assertThat(published).as("news.articles.raw: every article of the directory exactly once")
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(urls);
            }
        }
    }

}
