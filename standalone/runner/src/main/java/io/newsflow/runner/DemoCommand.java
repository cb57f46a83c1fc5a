package io.newsflow.runner;

import io.newsflow.enrich.engine.PassThroughEnricher;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ingest.Samples;
import io.newsflow.ingest.publish.ArticlePublisher;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.sink.console.ArticleLine;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.TopicAdmin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run ingest, enrich and sink over the bundled sample articles.",
                "",
                "Runs the whole pipeline in one JVM over the bundled sample articles: starts the local stack "
                + "(unless --bootstrap-servers and --schema-registry-url are given), ingests the samples into "
                + "news.articles.raw, enriches them into news.articles.enriched and prints one line per enriched "
                + "article. Keeps running until interrupted; --once exits 0 when every sample has been enriched."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--once", description = "Exit 0 as soon as every sample article has reached news.articles.enriched.")
    boolean once;

    @Option(names = "--data-dir", defaultValue = "data/demo", paramLabel = "DIR",
            description = "Data of the demo's own stack and of the stream processors. Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--timeout", defaultValue = "PT3M", paramLabel = "DURATION",
            description = "With --once: give up (exit 1) after this long (ISO-8601). Default: ${DEFAULT-VALUE}")
    Duration timeout;

    @Mixin
    ApicurioOption apicurio;

    private volatile boolean stopping;

    @Override
    public Integer call() {
        LocalStack stack = connection.given() ? null : StackLauncher.startOnFreePorts(dataDir, apicurio.resolve());
        String bootstrap = stack == null ? connection.bootstrapServers : stack.bootstrapServers();
        String registry = stack == null ? connection.schemaRegistryUrl : stack.registryUrl();
        if (stack == null) {
            TopicAdmin.ensureTopics(bootstrap, StackLauncher.catalogTopics());
        }
        System.out.println("demo bootstrap=" + bootstrap + " registry=" + registry);
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, registry));
        KafkaStreams enrich = new KafkaStreams(EnrichTopology.build(serdes, new PassThroughEnricher(Clock.systemUTC())),
                EnrichTopology.streamsConfig("newsflow-demo-enrich", bootstrap, dataDir.resolve("streams").toAbsolutePath()));
        CountDownLatch cleanedUp = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitCleanUp(cleanedUp), "demo-shutdown"));
        try (KafkaConsumer<String, EnrichedArticle> printer = printer(bootstrap, new TopicCatalog(serdes).articlesEnriched())) {
            enrich.start();
            Set<String> waiting = ingestSamples(bootstrap, new TopicCatalog(serdes).articlesRaw());
            return printUntilDone(printer, waiting);
        } finally {
            enrich.close(Duration.ofSeconds(30));
            serdes.close();
            if (stack != null) {
                stack.close();
            }
            cleanedUp.countDown();
        }
    }

    /** Ctrl-C: let the main thread stop the streams and the stack before the JVM goes. */
    private void awaitCleanUp(CountDownLatch cleanedUp) {
        stopping = true;
        try {
            cleanedUp.await(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Set<String> ingestSamples(String bootstrap, Topic<String, Article> raw) {
        List<Article> articles = Samples.articles(Clock.systemUTC());
        try (ArticlePublisher publisher = new ArticlePublisher(bootstrap, raw)) {
            publisher.publish(articles);
        }
        System.out.println("ingested " + articles.size() + " sample articles into " + raw.name());
        return articles.stream().map(Article::getId).collect(Collectors.toCollection(HashSet::new));
    }

    /** Reads the enriched topic from its current end, so a rerun prints only what this run enriched. */
    private static KafkaConsumer<String, EnrichedArticle> printer(String bootstrap, Topic<String, EnrichedArticle> topic) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-demo-printer");
        KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private int printUntilDone(KafkaConsumer<String, EnrichedArticle> printer, Set<String> waiting) {
        Instant deadline = Instant.now().plus(timeout);
        while (!stopping) {
            for (ConsumerRecord<String, EnrichedArticle> record : printer.poll(Duration.ofMillis(250))) {
                System.out.println(ArticleLine.of(record.value()));
                waiting.remove(record.key());
            }
            if (once && waiting.isEmpty()) {
                System.out.println("done: every sample article reached news.articles.enriched");
                return 0;
            }
            if (once && Instant.now().isAfter(deadline)) {
                System.err.println("timed out after " + timeout + ": " + waiting.size() + " sample articles not enriched");
                return 1;
            }
        }
        return 0;
    }
}
