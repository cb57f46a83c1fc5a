package io.newsflow.enrich.ner;

import io.newsflow.enrich.ner.iob.IobDocument;
import io.newsflow.enrich.ner.iob.IobReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Speed of the recogniser on the documents of an IOB file, given as raw text (tokens joined by spaces, one
 * sentence a line, so tokenisation is measured too): the CRF alone ({@link NamedEntityTagger#tag}), then the
 * whole extraction ({@link EntityExtractor#extract}: CRF, refinement steps, grouping, salience), each with
 * one and with two threads sharing the one model. Each figure is the best of several passes after a warm-up
 * pass, in tokens (of the file) per second of wall-clock time and per second of CPU time of the working
 * threads: on a shared machine the wall clock also measures the neighbours, while the CPU time shows whether
 * two threads slow each other down (it stays flat when they do not). The peak heap is printed last. A
 * benchmark, not a test: {@code java -Xmx1g -cp … io.newsflow.enrich.ner.NerBenchmark FILE.iob [passes]}.
 */
public final class NerBenchmark {

    private final List<String> texts;
    private final int tokens;

    private NerBenchmark(List<IobDocument> documents) {
        this.texts = documents.stream().map(NerBenchmark::rawText).toList();
        this.tokens = documents.stream().mapToInt(IobDocument::tokenCount).sum();
    }

    private static String rawText(IobDocument document) {
        StringBuilder text = new StringBuilder();
        document.words().forEach(words -> text.append(String.join(" ", words)).append('\n'));
        return text.toString();
    }

    /** Tokens per second of wall-clock and of CPU time, each of the best pass. */
    Rate rate(Consumer<String> work, int threads, int passes) throws Exception {
        run(work, threads);
        long wall = Long.MAX_VALUE;
        long cpu = Long.MAX_VALUE;
        for (int i = 0; i < passes; i++) {
            long[] pass = run(work, threads);
            wall = Math.min(wall, pass[0]);
            cpu = Math.min(cpu, pass[1]);
        }
        return new Rate(tokens / (wall / 1e9), tokens / (cpu / 1e9));
    }

    /** Tokens per second of wall-clock time and of the working threads' CPU time. */
    record Rate(double wall, double cpu) {
    }

    /** Wall-clock and CPU nanoseconds of one pass over all texts. */
    private long[] run(Consumer<String> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        try {
            long start = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>();
            for (String text : texts) {
                done.add(pool.submit(() -> {
                    long cpu = clock.getCurrentThreadCpuTime();
                    work.accept(text);
                    return clock.getCurrentThreadCpuTime() - cpu;
                }));
            }
            long cpu = 0;
            for (Future<Long> future : done) {
                cpu += future.get();
            }
            return new long[] {System.nanoTime() - start, cpu};
        } finally {
            pool.shutdown();
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    public static void main(String[] args) throws Exception {
        NerBenchmark benchmark = new NerBenchmark(IobReader.read(Path.of(args[0])));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        NamedEntityTagger tagger = NamedEntityTagger.shared();
        EntityExtractor extractor = EntityExtractor.shared();
        Rate[][] rates = new Rate[2][2];
        for (int threads = 1; threads <= 2; threads++) {
            rates[0][threads - 1] = benchmark.rate(tagger::tag, threads, passes);
            rates[1][threads - 1] = benchmark.rate(text -> extractor.extract(text, 0), threads, passes);
        }
        print("CRF alone (tokenize+ner)", rates[0]);
        print("full extraction", rates[1]);
        System.out.printf(Locale.ROOT, "full / CRF alone, 1 thread: %.3f wall, %.3f cpu%n",
                rates[1][0].wall() / rates[0][0].wall(), rates[1][0].cpu() / rates[0][0].cpu());
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap: peak %d MB, live after GC %d MB (max %d MB)%n", peakHeapBytes() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static void print(String what, Rate[] rates) {
        System.out.printf(Locale.ROOT, "%-25s wall: 1 thread %6.0f, 2 threads %6.0f tokens/s (x%.2f); "
                + "cpu: %6.0f, %6.0f tokens/cpu-s%n", what, rates[0].wall(), rates[1].wall(),
                rates[1].wall() / rates[0].wall(), rates[0].cpu(), rates[1].cpu());
    }
}
