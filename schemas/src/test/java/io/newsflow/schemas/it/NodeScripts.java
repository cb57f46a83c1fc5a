package io.newsflow.schemas.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scripts of {@code src/test/js} (Confluent's own JavaScript client, {@code @confluentinc/schemaregistry}
 * with {@code kafkajs}) with Node. Installs them with {@code npm ci} from the committed lockfile on first use.
 */
final class NodeScripts {

    private static final Path DIR = Path.of("src", "test", "js").toAbsolutePath();

    private NodeScripts() {
    }

    /** {@code npm ci} unless node_modules already matches the lockfile. */
    static synchronized void install() throws IOException, InterruptedException {
        Path installed = DIR.resolve("node_modules").resolve(".package-lock.json");
        Path lock = DIR.resolve("package-lock.json");
        if (Files.exists(installed) && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            return;
        }
        Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 600);
        if (npm.exit() != 0) {
            throw new IllegalStateException("npm ci failed in " + DIR + " (exit " + npm.exit() + "):\n" + npm.stderr());
        }
        Files.setLastModifiedTime(installed, FileTime.fromMillis(System.currentTimeMillis()));
    }

    static Result node(String script, List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        return run(command, timeoutSeconds);
    }

    private static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("node-out", ".txt");
        Path err = Files.createTempFile("node-err", ".txt");
        Process process = new ProcessBuilder(command).directory(DIR.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within " + timeoutSeconds + " s; stderr:\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    record Result(int exit, List<String> stdout, String stderr) {
    }
}
