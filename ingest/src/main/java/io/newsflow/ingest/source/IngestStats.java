package io.newsflow.ingest.source;

import io.newsflow.ingest.pipeline.Outcome;
import java.util.concurrent.atomic.AtomicLong;

/** Running totals of an ingest run, for the progress line and the final summary. */
public final class IngestStats {

    private final long startedNanos = System.nanoTime();
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    void record(long inputBytes, Outcome outcome) {
        inputs.incrementAndGet();
        bytes.addAndGet(inputBytes);
        published.addAndGet(outcome.published().size());
        duplicates.addAndGet(outcome.duplicates().size());
        rejected.addAndGet(outcome.rejected().size());
    }

    /** An input that could not be read or fetched at all (logged where it happened). */
    void failure() {
        failures.incrementAndGet();
    }

    public long published() {
        return published.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long rejected() {
        return rejected.get();
    }

    public long failures() {
        return failures.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** The line the CLI prints last. */
    public String summary() {
        return "ingested=" + published() + " duplicates=" + duplicates() + " rejected=" + rejected()
                + (failures() > 0 ? " failed_inputs=" + failures() : "");
    }

    /** One progress line: inputs done, items, rate. */
    public String progress() {
        long items = published() + duplicates() + rejected();
        return String.format(java.util.Locale.ROOT, "inputs %,d · articles %,d (dup %,d, rejected %,d) · %,.0f articles/s · %.1f MB",
                inputs.get(), items, duplicates(), rejected(), items / Math.max(seconds(), 1e-3), bytes() / 1e6);
    }
}
