package io.newsflow.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code sink/src/test/js/dashboard-check.mjs}: Debian's chromium, headless, driven by playwright-core
 * (installed with {@code npm ci} from the committed lockfile on first use), loads the dashboard and waits for
 * an article title and a country marked on the map. Chromium is required: CI installs it (.ci/run).
 */
final class BrowserCheck {

    private BrowserCheck() {
    }

    record Result(int exit, String output) {
    }

    static Result run(Path dir, String url, String title, String country, Duration timeout) throws IOException, InterruptedException {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("No browser at " + chromium + ": install Debian's chromium (apt-get install chromium) "
                    + "or set CHROMIUM; .ci/run installs it");
        }
        install(dir);
        Path log = Files.createTempFile("dashboard-check", ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "dashboard-check.mjs", url, title, country).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CHECK_TIMEOUT_MS", String.valueOf(timeout.toMillis()));
        builder.environment().put("CHROMIUM", chromium.toString());
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "dashboard-check did not finish: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** {@code npm ci} unless node_modules already matches the lockfile. */
    private static synchronized void install(Path dir) throws IOException, InterruptedException {
        Path installed = dir.resolve("node_modules").resolve(".package-lock.json");
        if (Files.exists(installed)
                && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(dir.resolve("package-lock.json"))) >= 0) {
            return;
        }
        Process npm = new ProcessBuilder(List.of("npm", "ci", "--no-audit", "--no-fund")).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!npm.waitFor(600, TimeUnit.SECONDS) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci failed in " + dir);
        }
    }
}
