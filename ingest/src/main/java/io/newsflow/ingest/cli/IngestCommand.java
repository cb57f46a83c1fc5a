package io.newsflow.ingest.cli;

import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.pipeline.IngestException;
import io.newsflow.ingest.source.DirectoryWatcher;
import io.newsflow.ingest.source.FeedFetcher;
import io.newsflow.ingest.source.IngestStats;
import io.newsflow.ingest.source.Ingester;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, subcommands = ServeCommand.class,
        description = {"Ingest files, directories, stdin or feed URLs into news.articles.raw.",
                "",
                "Reads plain-text wire articles, JSON lines, IPTC ninjs, RSS and Atom (picked by --format or "
                + "detected), normalises them, skips articles published before, and writes rejected input to "
                + "news.articles.rejected with the reason and the original bytes. Ends with the line "
                + "`ingested=N duplicates=N rejected=N`. Settings: defaults, then --config, then environment, "
                + "then options."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files, directories (read recursively), http(s) feed URLs, or - for stdin.")
    List<String> inputs = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, jsonl, ninjs, rss or atom (default: detected).")
    String format;

    @Option(names = "--source", paramLabel = "NAME", description = "Source name for formats that carry none (ingest.source).")
    String source;

    @Option(names = "--watch", description = "Keep going: pick up new files in directories, poll feed URLs every --interval.")
    boolean watch;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Watch interval (ISO-8601). Default: PT2S for directories, PT5M for feed URLs.")
    Duration interval;

    @Option(names = "--no-progress", negatable = false, description = "No progress line on the terminal.")
    boolean noProgress;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give at least one INPUT: a file, a directory, a URL or -");
        }
        IngestConfig config = IngestConfig.load(service.configFile(), System.getenv(), overrides());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAndWait, "ingest-stop"));
        try (IngestService ingest = IngestService.start(config, Clock.systemUTC())) {
            Ingester ingester = new Ingester(ingest.ingestion(), ingest.readers(), Optional.ofNullable(format),
                    config.source(), config.batchArticles(), new IngestStats());
            if (format != null) {
                ingest.readers().forFormat(format);
            }
            try (ProgressLine progress = ProgressLine.start(ingester.stats(), !noProgress)) {
                runAll(ingester);
            } catch (IngestException e) {
                System.out.println(ingester.stats().summary());
                throw e;
            }
            System.out.println(ingester.stats().summary());
            return ingester.stats().failures() == 0 ? 0 : 1;
        } finally {
            finished.countDown();
        }
    }

    /** Ctrl-C or SIGTERM: stop watching, let the current input finish and the summary print. */
    private void stopAndWait() {
        stopped.countDown();
        try {
            finished.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = service.overrides();
        if (source != null) {
            overrides.put(IngestConfig.SOURCE.name(), source);
        }
        return overrides;
    }

    private void runAll(Ingester ingester) throws IOException, InterruptedException {
        List<Thread> watchers = new java.util.ArrayList<>();
        for (String input : inputs) {
            if (watch) {
                watchers.add(watchInBackground(ingester, input));
            } else {
                ingestOnce(ingester, input);
            }
        }
        for (Thread watcher : watchers) {
            watcher.join();
        }
    }

    private void ingestOnce(Ingester ingester, String input) throws IOException, InterruptedException {
        if ("-".equals(input)) {
            ingester.ingestLiveStream("stdin", System.in);
        } else if (isUrl(input)) {
            new FeedFetcher(ingester, URI.create(input)).fetchOnce();
        } else {
            ingester.ingestPath(existing(input));
        }
    }

    private Thread watchInBackground(Ingester ingester, String input) {
        Thread thread = new Thread(() -> {
            try {
                if (isUrl(input)) {
                    new FeedFetcher(ingester, URI.create(input)).poll(intervalOr(Duration.ofMinutes(5)), this::stopping);
                } else {
                    new DirectoryWatcher(ingester, existing(input), intervalOr(Duration.ofSeconds(2))).run(this::stopping);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-" + input);
        thread.start();
        return thread;
    }

    private boolean stopping() {
        return stopped.getCount() == 0;
    }

    private Duration intervalOr(Duration fallback) {
        return interval != null ? interval : fallback;
    }

    private Path existing(String input) {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new ParameterException(spec.commandLine(), "No such file or directory: " + input);
        }
        return path;
    }

    private static boolean isUrl(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
    }
}
