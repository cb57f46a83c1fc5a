package io.newsflow.runner;

import io.newsflow.enrich.engine.NlpEnricher;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.Samples;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.http.PushServer;
import io.newsflow.ingest.http.PushServerConfig;
import io.newsflow.ingest.pipeline.Outcome;
import io.newsflow.ingest.reader.Input;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.config.SinkConfig;
import io.newsflow.sink.console.ArticleLine;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.TopicAdmin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run ingest, enrich and sink (with the live dashboard) over the bundled sample articles.",
                "",
                "Runs the whole pipeline in one JVM: starts the local stack (unless --bootstrap-servers and "
                + "--schema-registry-url are given), ingests the 20 bundled sample articles into news.articles.raw "
                + "through the ingest service, enriches them into news.articles.enriched, prints one line per "
                + "enriched article and runs the sink, whose dashboard shows them live. It also serves the push endpoint without authentication on 127.0.0.1, so more "
                + "articles can be POSTed while it runs. Keeps running until interrupted; --once exits 0 when every "
                + "sample article is in news.articles.enriched (samples ingested by an earlier run count)."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ApicurioOption apicurio;

    @Option(names = "--once", description = "Exit 0 as soon as every sample article is in news.articles.enriched.")
    boolean once;

    @Option(names = "--data-dir", defaultValue = "data/demo", paramLabel = "DIR",
            description = "Data of the demo's own stack and of the stream processors. Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--http-port", defaultValue = "0", paramLabel = "N",
            description = "Port of the demo's push endpoint (0: any free port). Default: ${DEFAULT-VALUE}")
    int httpPort;

    @Option(names = "--dashboard-port", defaultValue = "0", paramLabel = "N",
            description = "Port of the live dashboard on 127.0.0.1 (0: any free port; -1: none). Default: ${DEFAULT-VALUE}")
    int dashboardPort;

    @Option(names = "--timeout", defaultValue = "PT3M", paramLabel = "DURATION",
            description = "With --once: give up (exit 1) after this long (ISO-8601). Default: ${DEFAULT-VALUE}")
    Duration timeout;

    private volatile boolean stopping;

    @Override
    public Integer call() {
        LocalStack stack = connection.given() ? null : StackLauncher.startOnFreePorts(dataDir, apicurio.resolve());
        String bootstrap = stack == null ? connection.bootstrapServers : stack.bootstrapServers();
        String registry = stack == null ? connection.schemaRegistryUrl : stack.registryUrl();
        TopicAdmin.ensureTopics(bootstrap, StackLauncher.catalogTopics());
        System.out.println("demo bootstrap=" + bootstrap + " registry=" + registry);
        CountDownLatch cleanedUp = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitCleanUp(cleanedUp), "demo-shutdown"));
        NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, registry));
        KafkaStreams enrich = new KafkaStreams(EnrichTopology.build(serdes, NlpEnricher.shared(Clock.systemUTC()), Clock.systemUTC()),
                EnrichTopology.streamsConfig("newsflow-demo-enrich", bootstrap, dataDir.resolve("streams").toAbsolutePath()));
        IngestConfig config = IngestConfig.load(Optional.empty(), Map.of(), Map.of("bootstrap.servers", bootstrap,
                "schema.registry.url", registry, "ingest.source", Samples.SOURCE));
        SinkConfig sinkConfig = SinkConfig.load(Optional.empty(), Map.of(), Map.of("bootstrap.servers", bootstrap,
                "schema.registry.url", registry, "sink.application.id", "newsflow-demo-sink",
                "sink.state.dir", dataDir.resolve("sink-streams").toAbsolutePath().toString(),
                "sink.http.port", String.valueOf(dashboardPort)));
        try (IngestService ingest = IngestService.start(config, Clock.systemUTC());
             SinkService sink = SinkService.start(sinkConfig);
             PushServer push = PushServer.start(PushServerConfig.onPort(httpPort), ingest.ingestion(),
                     input -> ingest.readers().choose(Optional.empty(), input));
             KafkaConsumer<String, EnrichedArticle> printer = printer(bootstrap, new TopicCatalog(serdes).articlesEnriched())) {
            enrich.start();
            sink.dashboardPort().ifPresent(port -> System.out.println("dashboard: http://127.0.0.1:" + port + "/"));
            Set<String> waiting = ingestSamples(ingest);
            System.out.println("push more: curl -H 'Content-Type: application/json' --data-binary @article.json "
                    + "http://127.0.0.1:" + push.port() + "/articles");
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

    /** Through the ingest service, as any feed would come in: ids that were ingested before count as there. */
    private static Set<String> ingestSamples(IngestService ingest) {
        Set<String> ids = new HashSet<>();
        int published = 0;
        for (String name : Samples.names()) {
            Input input = new Input(name, Samples.text(name).getBytes(StandardCharsets.UTF_8), Samples.SOURCE);
            Outcome outcome = ingest.ingestion().ingest(input, ingest.readers().forFormat("text"));
            ids.addAll(outcome.published());
            ids.addAll(outcome.duplicates());
            published += outcome.published().size();
            outcome.rejected().forEach(r -> System.err.println("sample " + name + " rejected: " + r.reason()));
        }
        System.out.println("ingested " + published + " new sample articles (" + (ids.size() - published)
                + " were ingested before) into news.articles.raw");
        return ids;
    }

    /** Reads the enriched topic from the beginning and prints each article once. */
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
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private int printUntilDone(KafkaConsumer<String, EnrichedArticle> printer, Set<String> waiting) {
        Set<String> printed = new HashSet<>();
        Instant deadline = Instant.now().plus(timeout);
        while (!stopping) {
            for (ConsumerRecord<String, EnrichedArticle> record : printer.poll(Duration.ofMillis(250))) {
                if (printed.add(record.key())) {
                    System.out.println(ArticleLine.of(record.value()));
                }
                waiting.remove(record.key());
            }
            if (once && waiting.isEmpty()) {
                System.out.println("done: every sample article is in news.articles.enriched");
                return 0;
            }
            if (once && Instant.now().isAfter(deadline)) {
                System.err.println("timed out after " + timeout + ": " + waiting.size() + " sample articles not enriched");
                return 1;
            }
        }
        return 0;
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
}
