package io.newsflow.ingest.cli;

import io.newsflow.ingest.source.IngestStats;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A progress line on the terminal, redrawn twice a second; silent when stderr is not a terminal. */
final class ProgressLine implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final PrintStream out;

    private ProgressLine(ScheduledExecutorService timer, PrintStream out) {
        this.timer = timer;
        this.out = out;
    }

    static ProgressLine start(IngestStats stats, boolean enabled) {
        PrintStream err = System.err;
        if (!enabled || System.console() == null) {
            return new ProgressLine(null, err);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> err.print("\r\u001b[2K" + stats.progress()), 500, 500, TimeUnit.MILLISECONDS);
        return new ProgressLine(timer, err);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            out.print("\r\u001b[2K");
            out.flush();
        }
    }
}
