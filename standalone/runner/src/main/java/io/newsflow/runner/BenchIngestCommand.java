package io.newsflow.runner;

import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.source.IngestStats;
import io.newsflow.ingest.source.Ingester;
import io.newsflow.stack.Directories;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.TopicAdmin;
import io.newsflow.stack.TopicSpec;
import java.io.BufferedReader;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest rate against the raw producer rate for the same bytes, in one run.",
                "",
                "Generates news-length articles as JSON lines, sends the lines as they are with a plain idempotent "
                + "producer (acks=all, lz4, 20 ms linger, 256 KB batches) to a scratch topic, then ingests the same file "
                + "through the whole ingest path (parse, normalise, id, de-duplicate, Avro, transactions) and prints "
                + "both rates and their ratio. Uses its own local stack unless --bootstrap-servers and "
                + "--schema-registry-url are given."})
final class BenchIngestCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ApicurioOption apicurio;

    @Option(names = "--articles", defaultValue = "100000", description = "How many articles. Default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--body-chars", defaultValue = "2800", description = "Body length (≈3 KB a record). Default: ${DEFAULT-VALUE}")
    int bodyChars;

    @Option(names = "--warmup", defaultValue = "20000",
            description = "Articles sent through both paths first, untimed, so the JIT has compiled them. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("newsflow-bench-");
        try (LocalStack stack = connection.given() ? null : StackLauncher.startOnFreePorts(dir.resolve("stack"), apicurio.resolve())) {
            String bootstrap = stack == null ? connection.bootstrapServers : stack.bootstrapServers();
            String registry = stack == null ? connection.schemaRegistryUrl : stack.registryUrl();
            TopicAdmin.ensureTopics(bootstrap, StackLauncher.catalogTopics());
            TopicAdmin.ensureTopics(bootstrap, List.of(TopicSpec.of("bench.raw-producer", 6)));
            Path corpus = dir.resolve("corpus.jsonl");
            long bytes = BenchCorpus.write(corpus, articles, bodyChars, UUID.randomUUID().toString());
            System.out.printf(Locale.ROOT, "corpus: %,d articles, %.1f MB (%,d bytes a line on average)%n",
                    articles, bytes / 1e6, bytes / articles);
            if (warmup > 0) {
                Path warm = dir.resolve("warmup.jsonl");
                BenchCorpus.write(warm, warmup, bodyChars, UUID.randomUUID().toString());
                rawProducer(bootstrap, warm);
                ingest(bootstrap, registry, warm, warmup);
                System.out.printf(Locale.ROOT, "warm-up: %,d articles through both paths, untimed%n", warmup);
            }
            long cpuBefore = cpuNanos();
            double rawSeconds = rawProducer(bootstrap, corpus);
            long rawCpu = cpuNanos() - cpuBefore;
            double ingestSeconds = ingest(bootstrap, registry, corpus, articles);
            long ingestCpu = cpuNanos() - cpuBefore - rawCpu;
            report("raw producer", rawSeconds, rawCpu, bytes);
            report("ingest", ingestSeconds, ingestCpu, bytes);
            System.out.printf(Locale.ROOT, "ratio ingest/raw = %.2f (CPU per article: %.2f)%n", rawSeconds / ingestSeconds,
                    (double) rawCpu / ingestCpu);
            return 0;
        } finally {
            Directories.deleteQuietly(dir);
        }
    }

    private double rawProducer(String bootstrap, Path corpus) throws Exception {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144, ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        long start = System.nanoTime();
        try (var producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
             BufferedReader lines = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(articles);
            int i = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                byte[] key = String.valueOf(i++).getBytes(StandardCharsets.UTF_8);
                sent.add(producer.send(new ProducerRecord<>("bench.raw-producer", key, line.getBytes(StandardCharsets.UTF_8))));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private double ingest(String bootstrap, String registry, Path corpus, int expected) throws Exception {
        IngestConfig config = IngestConfig.load(Optional.empty(), System.getenv(),
                Map.of("bootstrap.servers", bootstrap, "schema.registry.url", registry));
        try (IngestService service = IngestService.start(config, Clock.systemUTC());
             InputStream in = Files.newInputStream(corpus)) {
            IngestStats stats = new IngestStats();
            // the seen-set is loaded before the clock starts: a service starts once, not per input
            Ingester ingester = new Ingester(service.ingestion(), service.readers(), Optional.of("jsonl"), "bench",
                    config.batchArticles(), stats);
            long start = System.nanoTime();
            ingester.ingestStream(corpus.toString(), in);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (stats.published() != expected) {
                throw new IllegalStateException("expected " + expected + " new articles, ingest published " + stats.published());
            }
            return seconds;
        }
    }

    private void report(String what, double seconds, long cpuNanos, long bytes) {
        System.out.printf(Locale.ROOT, "%-13s %,d articles in %.2f s = %,.0f articles/s, %.1f MB/s; %.1f µs CPU an article%n",
                what + ":", articles, seconds, articles / seconds, bytes / 1e6 / seconds, cpuNanos / 1e3 / articles);
    }

    /**
     * CPU time of this JVM and of the processes it started (the local broker and registry, when it runs them):
     * on a shared machine the wall clock also measures the neighbours, the CPU time per article does not.
     */
    private static long cpuNanos() {
        long own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return own + ProcessHandle.current().descendants()
                .mapToLong(child -> child.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
                .sum();
    }
}
