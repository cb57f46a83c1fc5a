package io.newsflow.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built runner jar in a child JVM, as a person runs it from a terminal; stdout lines are collected. */
final class RunnerProcess implements AutoCloseable {

    private final Process process;
    private final String name;
    private final Path stderrLog;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private RunnerProcess(Process process, String name, Path stderrLog) {
        this.process = process;
        this.name = name;
        this.stderrLog = stderrLog;
        Thread reader = new Thread(this::collect, "runner-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static RunnerProcess start(List<String> args, Path stderrLog) throws IOException {
        Path jar = Path.of("target", "newsflow.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Runner jar " + jar + " is missing: integration tests run after `package`");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dnewsflow.apicurio.home=" + System.getProperty("newsflow.apicurio.home"), "-jar", jar.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile())).start();
        return new RunnerProcess(process, args.get(0), stderrLog);
    }

    /** A command line: the subcommand and its options, then the connection options. */
    static List<String> args(List<String> command, List<String> connection) {
        List<String> all = new ArrayList<>(command);
        all.addAll(connection);
        return all;
    }

    private void collect() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    Process process() {
        return process;
    }

    /** The subcommand it runs (ingest, enrich, sink…). */
    String name() {
        return name;
    }

    Path stderrLog() {
        return stderrLog;
    }

    /** The last 4000 characters of its stderr, for failure messages. */
    String stderr() {
        try {
            String all = Files.readString(stderrLog);
            return all.length() <= 4000 ? all : "…" + all.substring(all.length() - 4000);
        } catch (IOException e) {
            return "(" + stderrLog + " unreadable: " + e.getMessage() + ")";
        }
    }

    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("runner did not exit within " + seconds + " s; output: " + lines());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
