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
                + "through the whole ingest path (parse, normalise, id, de-duplicate, Avro, transactions). Rounds of the two "
                + "take turns, each on a new corpus; it prints every round, then the best rate of each path, their ratio, "
                + "and the CPU time an article costs (this JVM plus the local stack it started: unlike the wall clock, "
                + "not inflated by neighbours on a shared machine). Uses its own local stack unless --bootstrap-servers "
                + "and --schema-registry-url are given."})
final class BenchIngestCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ApicurioOption apicurio;

    @Option(names = "--articles", defaultValue = "100000", description = "How many articles. Default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--body-chars", defaultValue = "2800", description = "Body length (≈3 KB a record). Default: ${DEFAULT-VALUE}")
    int bodyChars;

    @Option(names = "--rounds", defaultValue = "3",
            description = "Rounds of raw then ingest, each on a new corpus; the best of each path counts. Default: ${DEFAULT-VALUE}")
    int rounds;

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
            if (warmup > 0) {
                Path warm = dir.resolve("warmup.jsonl");
                BenchCorpus.write(warm, warmup, bodyChars, UUID.randomUUID().toString());
                rawProducer(bootstrap, warm);
                ingest(bootstrap, registry, warm, warmup);
                Files.delete(warm);
                System.out.printf(Locale.ROOT, "warm-up: %,d articles through both paths, untimed%n", warmup);
            }
            Round best = null;
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Round result = round(dir, bootstrap, registry, round);
                ratios.add(result.ratio());
                best = best == null ? result : best.best(result);
            }
            System.out.printf(Locale.ROOT, "best of %d rounds:%n", rounds);
            report("raw producer", best.rawSeconds, best.rawCpu, best.bytes);
            report("ingest", best.ingestSeconds, best.ingestCpu, best.bytes);
            ratios.sort(null);
            System.out.printf(Locale.ROOT, "ratio ingest/raw = %.2f (best against best; per round %s, median %.2f)   [target ≥ 0.70]%n",
                    best.ratio(), ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(),
                    ratios.get(ratios.size() / 2));
            return 0;
        } finally {
            Directories.deleteQuietly(dir);
        }
    }

    /**
     * One round: a new corpus (new URLs, so every article is new to the seen-set), sent raw, then ingested, back to
     * back. Rounds take turns so that a slow spell of a shared machine hits both paths.
     */
    private Round round(Path dir, String bootstrap, String registry, int number) throws Exception {
        Path corpus = dir.resolve("corpus-" + number + ".jsonl");
        long bytes = BenchCorpus.write(corpus, articles, bodyChars, UUID.randomUUID().toString());
        long cpuBefore = cpuNanos();
        long ownBefore = ownCpuNanos();
        double rawSeconds = rawProducer(bootstrap, corpus);
        long rawCpu = cpuNanos() - cpuBefore;
        long rawOwn = ownCpuNanos() - ownBefore;
        double ingestSeconds = ingest(bootstrap, registry, corpus, articles);
        long ingestCpu = cpuNanos() - cpuBefore - rawCpu;
        long ingestOwn = ownCpuNanos() - ownBefore - rawOwn;
        Files.delete(corpus);
        Round round = new Round(bytes, rawSeconds, rawCpu, ingestSeconds, ingestCpu);
        System.out.printf(Locale.ROOT, "round %d: %,d articles (%.1f MB): raw producer %,.0f/s, ingest %,.0f/s, ratio %.2f; "
                + "CPU an article %.1f µs raw, %.1f µs ingest (of which this JVM %.1f and %.1f, the stack %.1f and %.1f)%n",
                number, articles, bytes / 1e6, articles / rawSeconds, articles / ingestSeconds, round.ratio(),
                rawCpu / 1e3 / articles, ingestCpu / 1e3 / articles, rawOwn / 1e3 / articles, ingestOwn / 1e3 / articles,
                (rawCpu - rawOwn) / 1e3 / articles, (ingestCpu - ingestOwn) / 1e3 / articles);
        return round;
    }

    /** The figures of a round; CPU in nanoseconds, of this JVM and the local stack it started. */
    private record Round(long bytes, double rawSeconds, long rawCpu, double ingestSeconds, long ingestCpu) {
        double ratio() {
            return rawSeconds / ingestSeconds;
        }

        /** The faster of each path over two rounds. */
        Round best(Round other) {
            boolean rawHere = rawSeconds <= other.rawSeconds;
            boolean ingestHere = ingestSeconds <= other.ingestSeconds;
            return new Round(bytes, rawHere ? rawSeconds : other.rawSeconds, rawHere ? rawCpu : other.rawCpu,
                    ingestHere ? ingestSeconds : other.ingestSeconds, ingestHere ? ingestCpu : other.ingestCpu);
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
        return ownCpuNanos() + ProcessHandle.current().descendants()
                .mapToLong(child -> child.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
                .sum();
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
