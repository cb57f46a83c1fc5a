package io.newsflow.runner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where the CPU went during a benchmark phase, in cores: this JVM's threads whose name has a marker (the stream
 * threads), the rest of this JVM (clients' network threads, the collector, the compiler, the benchmark's reader), and
 * other processes by pid (the local broker and registry), read from /proc (Linux; elsewhere they are left out).
 */
final class CpuShares {

    /** Linux's USER_HZ: /proc/PID/stat counts CPU time in hundredths of a second on every common platform. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final String marker;
    private final List<Long> pids;
    private final long startWall;
    private final long startProcess;
    private final long startMarked;
    private final long[] startOthers;

    private CpuShares(String marker, List<Long> pids) {
        this.marker = marker;
        this.pids = pids;
        this.startWall = System.nanoTime();
        this.startProcess = processCpuNanos();
        this.startMarked = markedCpuNanos(marker);
        this.startOthers = pids.stream().mapToLong(CpuShares::ticks).toArray();
    }

    static CpuShares start(String threadNameMarker, List<Long> otherPids) {
        return new CpuShares(threadNameMarker, otherPids);
    }

    /** E.g. "stream threads 1.52, rest of this JVM 0.21, broker 0.18, registry 0.01 (cores)", until now. */
    String describe(String markedName, List<String> otherNames) {
        double wall = System.nanoTime() - startWall;
        double marked = (markedCpuNanos(marker) - startMarked) / wall;
        double rest = (processCpuNanos() - startProcess) / wall - marked;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s %.2f, rest of this JVM %.2f", markedName, marked, rest));
        for (int i = 0; i < pids.size(); i++) {
            long now = ticks(pids.get(i));
            if (now >= 0 && startOthers[i] >= 0) {
                text.append(String.format(Locale.ROOT, ", %s %.2f", otherNames.get(i), (now - startOthers[i]) / TICKS_PER_SECOND / (wall / 1e9)));
            }
        }
        return text.append(" (cores)").toString();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU of the live threads with the marker in their name (they must outlive the phase to be counted). */
    private static long markedCpuNanos(String marker) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(marker)) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** utime + stime of a process from /proc/PID/stat, or -1 where there is no such file. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
