package io.newsflow.runner;

import io.newsflow.enrich.engine.NlpEnricher;
import io.newsflow.enrich.ner.NamedEntityTagger;
import io.newsflow.ingest.Samples;
import io.newsflow.schemas.avro.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "engine", mixinStandardHelpOptions = true,
        description = {"Enrichment engine speed: NER alone against the full engine, with 1 and 2 threads, in one run.",
                "",
                "Runs the bundled sample articles (news-length, as ingest normalises them) cycled to --articles, through "
                + "the CoreNLP tagger alone (tokenize, ssplit, 3-class CRF) and through the whole engine (NER, refinement, "
                + "places, tone), each with one and two threads sharing the models. Each figure is the best of --passes "
                + "passes, taken in turns after an untimed one, in articles and tokens per second of wall-clock time and per second of "
                + "the working threads' CPU time (on a shared machine the wall clock also measures the neighbours). "
                + "Prints the ratios the targets name and the peak heap. Run it with the heap the service gets (-Xmx1g)."})
final class BenchEngineCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "200", description = "Articles per pass. Default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--passes", defaultValue = "5", description = "Timed passes per figure (the best counts). Default: ${DEFAULT-VALUE}")
    int passes;

    @Option(names = "--warmup-passes", defaultValue = "4", description = "Untimed passes first. Default: ${DEFAULT-VALUE}")
    int warmupPasses;

    @Override
    public Integer call() throws Exception {
        List<Article> corpus = corpus(articles);
        NamedEntityTagger tagger = NamedEntityTagger.shared();
        NlpEnricher engine = NlpEnricher.shared(Clock.systemUTC());
        long tokens = corpus.stream().mapToLong(a -> tagger.annotate(text(a)).stream()
                .mapToLong(s -> s.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size()).sum()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d articles, %,d tokens (%d a article), %d characters a article%n",
                corpus.size(), tokens, tokens / corpus.size(), corpus.stream().mapToInt(a -> text(a).length()).sum() / corpus.size());
        Consumer<Article> nerAlone = a -> tagger.mentions(text(a));
        // untimed warm-up: the engine runs the tagger too, so both are compiled before either is timed; one pass
        // was not enough — the JIT still compiled the engine's many small steps during the timed two-thread passes,
        // taking a core from them (1.4–1.6 × instead of 1.9 × in the same run)
        for (int i = 0; i < warmupPasses; i++) {
            pass(corpus, engine::enrich, 2);
        }
        // the four figures are taken in turns, pass after pass, so slow spells of a shared machine hit all of them
        Rate[] ner = {Rate.NONE, Rate.NONE};
        Rate[] full = {Rate.NONE, Rate.NONE};
        for (int pass = 0; pass < passes; pass++) {
            for (int threads = 1; threads <= 2; threads++) {
                ner[threads - 1] = ner[threads - 1].best(pass(corpus, nerAlone, threads));
                full[threads - 1] = full[threads - 1].best(pass(corpus, engine::enrich, threads));
            }
        }
        print("NER alone", ner, corpus.size(), tokens);
        print("full engine", full, corpus.size(), tokens);
        System.out.printf(Locale.ROOT, "full engine / NER alone, 1 thread: %.2f (wall), %.2f (cpu)   [target ≥ 0.9]%n",
                ner[0].wallNanos / (double) full[0].wallNanos, ner[0].cpuNanos / (double) full[0].cpuNanos);
        System.out.printf(Locale.ROOT, "2 threads / 1 thread, full engine: %.2f (wall)   [target ≥ 1.8]%n",
                full[0].wallNanos / (double) full[1].wallNanos);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap: peak %d MB, live after GC %d MB, max %d MB   [target ≤ 1024 MB]%n",
                peakHeapBytes() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        return 0;
    }

    /** The samples as ingest makes them, cycled: the engine keeps no cache, so a repeat costs what the first did. */
    private static List<Article> corpus(int count) {
        List<Article> samples = Samples.articles(Clock.systemUTC());
        List<Article> corpus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            corpus.add(samples.get(i % samples.size()));
        }
        return corpus;
    }

    private static String text(Article article) {
        return article.getTitle() + "\n\n" + article.getBody();
    }

    /** Nanoseconds of one pass: wall clock, and CPU of the working threads. */
    private record Rate(long wallNanos, long cpuNanos) {
        static final Rate NONE = new Rate(Long.MAX_VALUE, Long.MAX_VALUE);

        Rate best(Rate other) {
            return new Rate(Math.min(wallNanos, other.wallNanos), Math.min(cpuNanos, other.cpuNanos));
        }
    }

    private static Rate pass(List<Article> corpus, Consumer<Article> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        try {
            long start = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>(corpus.size());
            for (Article article : corpus) {
                done.add(pool.submit(() -> {
                    long cpu = clock.getCurrentThreadCpuTime();
                    work.accept(article);
                    return clock.getCurrentThreadCpuTime() - cpu;
                }));
            }
            long cpu = 0;
            for (Future<Long> future : done) {
                cpu += future.get();
            }
            return new Rate(System.nanoTime() - start, cpu);
        } finally {
            pool.shutdown();
        }
    }

    private static void print(String what, Rate[] rates, int articles, long tokens) {
        for (int t = 0; t < rates.length; t++) {
            double wallSeconds = rates[t].wallNanos / 1e9;
            System.out.printf(Locale.ROOT, "%-12s %d thread%s: %6.1f articles/s, %,7.0f tokens/s (cpu: %,7.0f tokens per cpu-second)%n",
                    what, t + 1, t == 0 ? " " : "s", articles / wallSeconds, tokens / wallSeconds, tokens / (rates[t].cpuNanos / 1e9));
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
}
