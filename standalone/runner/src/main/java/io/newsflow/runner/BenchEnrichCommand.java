package io.newsflow.runner;

import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.enrich.engine.NlpEnricher;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ingest.Samples;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.Directories;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.TopicAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Enrich topology rate against the engine alone on the same articles, 1 and 2 stream threads, "
                + "and end-to-end latency at half the measured capacity, in one run.",
                "",
                "The four rates are measured --rounds times, interleaved; each is reported per round and as the best "
                + "of its rounds.",
                "",
                "Puts --articles news-length articles (the samples, cycled, each with its own id) into "
                + "news.articles.raw of its own local stack, enriches them with the engine alone (in this JVM, 1 and 2 "
                + "threads), then runs the exactly-once topology over them with 1 and then 2 stream threads (a new "
                + "application id each; timed from RUNNING until a read_committed reader has every result). Last, with 2 "
                + "threads, it sends new articles at half the 2-thread rate for --latency-seconds and prints the p50 and "
                + "p99 time from send to visible in news.articles.enriched."})
final class BenchEnrichCommand implements Callable<Integer> {

    @Mixin
    ApicurioOption apicurio;

    @Option(names = "--articles", defaultValue = "2000", description = "Articles per phase. Default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds of the four rate measurements, interleaved; "
            + "each rate reported is the best of its rounds, since this machine's speed varies from one moment to the "
            + "next. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--latency-seconds", defaultValue = "20", description = "Length of the latency phase. Default: ${DEFAULT-VALUE}")
    int latencySeconds;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("newsflow-bench-enrich-");
        try (LocalStack stack = StackLauncher.startOnFreePorts(dir.resolve("stack"), apicurio.resolve());
             NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()))) {
            TopicAdmin.ensureTopics(stack.bootstrapServers(), StackLauncher.catalogTopics());
            TopicCatalog topics = new TopicCatalog(serdes);
            List<Article> corpus = corpus(articles, "bench");
            send(stack, topics.articlesRaw(), corpus, 0);
            NlpEnricher engine = NlpEnricher.shared(Clock.systemUTC());
            double[] alone = new double[2];
            double[] topology = new double[2];
            for (int round = 1; round <= rounds; round++) {
                double[] aloneNow = {engineAlone(engine, corpus, 1, stack.pids()), engineAlone(engine, corpus, 2, stack.pids())};
                double[] topologyNow = {topologyRate(stack, serdes, topics, dir, 1), topologyRate(stack, serdes, topics, dir, 2)};
                System.out.printf(Locale.ROOT, "round %d: engine alone %.1f / %.1f articles/s (1 / 2 threads, × %.2f), "
                        + "topology %.1f / %.1f (× %.2f); topology / engine %.2f / %.2f%n", round, aloneNow[0], aloneNow[1],
                        aloneNow[1] / aloneNow[0], topologyNow[0], topologyNow[1], topologyNow[1] / topologyNow[0],
                        topologyNow[0] / aloneNow[0], topologyNow[1] / aloneNow[1]);
                for (int i = 0; i < 2; i++) {
                    alone[i] = Math.max(alone[i], aloneNow[i]);
                    topology[i] = Math.max(topology[i], topologyNow[i]);
                }
            }
            report(alone, topology);
            latency(stack, serdes, topics, dir, topology[1] / 2);
            return 0;
        } finally {
            Directories.deleteQuietly(dir);
        }
    }

    private static List<Article> corpus(int count, String prefix) {
        List<Article> samples = Samples.articles(Clock.systemUTC());
        String run = prefix + "-" + UUID.randomUUID();
        List<Article> corpus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article sample = samples.get(i % samples.size());
            corpus.add(Article.newBuilder(sample).setId(run + "-" + i).setTitle(sample.getTitle() + " #" + i).build());
        }
        return corpus;
    }

    /** Articles per second of wall clock: one pass, after an untimed one over the first tenth. */
    private double engineAlone(NlpEnricher engine, List<Article> corpus, int threads, List<Long> stackPids) throws Exception {
        ExecutorService warmUp = Executors.newFixedThreadPool(threads);
        runAll(warmUp, engine, corpus.subList(0, Math.max(1, corpus.size() / 10)));
        warmUp.shutdown();
        ExecutorService pool = Executors.newFixedThreadPool(threads, named("engine-alone-"));
        long start = System.nanoTime();
        CpuShares cpu = CpuShares.start("engine-alone-", stackPids);
        runAll(pool, engine, corpus);
        double rate = corpus.size() / ((System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "  engine alone, %d thread%s: %.1f articles/s; CPU: %s%n", threads, threads == 1 ? "" : "s",
                rate, cpu.describe("engine threads", List.of("broker", "registry")));
        pool.shutdown();
        return rate;
    }

    private static void runAll(ExecutorService pool, NlpEnricher engine, List<Article> articles) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        articles.forEach(article -> done.add(pool.submit(() -> engine.enrich(article))));
        for (Future<?> future : done) {
            future.get();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return task -> new Thread(task, prefix + count.incrementAndGet());
    }

    private double topologyRate(LocalStack stack, NewsSerdes serdes, TopicCatalog topics, Path dir, int threads)
            throws Exception {
        try (Reader reader = new Reader(stack, topics.articlesEnriched());
             KafkaStreams streams = streams(stack, serdes, dir, threads, "earliest")) {
            streams.start();
            awaitRunning(streams);
            long start = System.nanoTime();
            CpuShares cpu = CpuShares.start("-StreamThread-", stack.pids());
            int seen = 0;
            while (seen < articles) {
                seen += reader.poll().size();
            }
            double rate = articles / ((System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "  topology, %d stream thread%s: %.1f articles/s; CPU: %s%n", threads,
                    threads == 1 ? "" : "s", rate, cpu.describe("stream threads", List.of("broker", "registry")));
            return rate;
        }
    }

    private void latency(LocalStack stack, NewsSerdes serdes, TopicCatalog topics, Path dir, double rate) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = new ArrayList<>();
        try (Reader reader = new Reader(stack, topics.articlesEnriched());
             KafkaStreams streams = streams(stack, serdes, dir, 2, "latest")) {
            streams.start();
            awaitRunning(streams);
            int count = (int) Math.max(1, rate * latencySeconds);
            List<Article> corpus = corpus(count, "latency");
            Thread sender = new Thread(() -> send(stack, topics.articlesRaw(), corpus, rate, sentAt), "latency-sender");
            sender.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(latencySeconds + 60L);
            while (latencies.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, EnrichedArticle> record : reader.poll()) {
                    Long sent = sentAt.get(record.key());
                    if (sent != null) {
                        latencies.add(System.nanoTime() - sent);
                    }
                }
            }
            sender.join();
        }
        latencies.sort(null);
        System.out.printf(Locale.ROOT, "latency at %.0f articles/s (half the 2-thread rate), %d articles, send → visible "
                + "to read_committed: p50 %.0f ms, p99 %.0f ms   [target p99 ≤ 500 ms]%n", rate, latencies.size(),
                percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private void report(double[] alone, double[] topology) {
        System.out.printf(Locale.ROOT, "best of %d rounds: topology %.1f articles/s on 1 stream thread, %.1f on 2%n", rounds,
                topology[0], topology[1]);
        System.out.printf(Locale.ROOT, "engine alone: %.1f articles/s on 1 thread, %.1f on 2%n", alone[0], alone[1]);
        System.out.printf(Locale.ROOT, "topology / engine alone: %.2f on 1 thread, %.2f on 2   [target ≥ 0.9]%n",
                topology[0] / alone[0], topology[1] / alone[1]);
        System.out.printf(Locale.ROOT, "topology 2 threads / 1 thread: %.2f   [target ≥ 1.8]%n", topology[1] / topology[0]);
    }

    private static KafkaStreams streams(LocalStack stack, NewsSerdes serdes, Path dir, int threads, String reset) {
        // the environment applies (NEWSFLOW_ENRICH_COMMIT_INTERVAL_MS…), so settings can be compared
        EnrichConfig config = EnrichConfig.load(Optional.empty(), System.getenv(), Map.of(
                "bootstrap.servers", stack.bootstrapServers(), "schema.registry.url", stack.registryUrl(),
                "enrich.threads", String.valueOf(threads), "enrich.application.id", "bench-enrich-" + UUID.randomUUID(),
                "enrich.state.dir", dir.resolve("state").toString()));
        Properties props = EnrichTopology.streamsConfig(config);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), reset);
        return new KafkaStreams(EnrichTopology.build(config, serdes), props);
    }

    private static void awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException("the topology did not reach RUNNING: " + streams.state());
            }
            Thread.sleep(50);
        }
    }

    private static void send(LocalStack stack, Topic<String, Article> raw, List<Article> corpus, double rate) {
        send(stack, raw, corpus, rate, new ConcurrentHashMap<>());
    }

    /** All at once when rate is 0, else paced at rate articles a second; records each id's send time. */
    private static void send(LocalStack stack, Topic<String, Article> raw, List<Article> corpus, double rate,
            Map<String, Long> sentAt) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < corpus.size(); i++) {
                if (rate > 0) {
                    LockSupport.parkNanos(start + (long) (i * 1e9 / rate) - System.nanoTime()); // sleeps: no core spent waiting
                }
                Article article = corpus.get(i);
                sentAt.put(article.getId(), System.nanoTime());
                producer.send(new ProducerRecord<>(raw.name(), article.getId(), raw.valueSerde().serializer().serialize(raw.name(), article)));
            }
            producer.flush();
        }
    }

    /** A read_committed reader of a topic from its current end, without a group. */
    private static final class Reader implements AutoCloseable {
        private final KafkaConsumer<String, EnrichedArticle> consumer;

        Reader(LocalStack stack, Topic<String, EnrichedArticle> topic) {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                    topic.keySerde().deserializer(), topic.valueSerde().deserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        List<ConsumerRecord<String, EnrichedArticle>> poll() {
            List<ConsumerRecord<String, EnrichedArticle>> records = new ArrayList<>();
            consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            return records;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
