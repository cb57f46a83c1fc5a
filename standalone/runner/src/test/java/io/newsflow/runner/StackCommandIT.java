package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.stack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./newsflow stack` in one terminal, produce and consume through it from a second one. */
class StackCommandIT {

    private static final Pattern READY = Pattern.compile("ready bootstrap=(\\S+) registry=(\\S+)");

    @Test
    void shouldPrintItsReadyLineAndServeProduceAndConsumeFromAnotherProcess(@TempDir Path dir) throws Exception {
        int[] ports = LocalStack.freePorts(1);
        int kafkaPort = ports[0];
        int registryPort = LocalStack.freePorts(1)[0];
        try (RunnerProcess stack = RunnerProcess.start(List.of("stack", "--data-dir", dir.resolve("data").toString(),
                "--kafka-port", String.valueOf(kafkaPort), "--registry-port", String.valueOf(registryPort)), dir.resolve("stack.err"))) {
            Matcher ready = await().atMost(Duration.ofSeconds(60)).until(() -> readyLine(stack), Optional::isPresent).get();
            String bootstrap = ready.group(1);
            String registry = ready.group(2);
            assertThat(bootstrap).isEqualTo("127.0.0.1:" + kafkaPort);
            assertThat(registry).isEqualTo("http://127.0.0.1:" + registryPort + "/apis/ccompat/v7");

            Path input = dir.resolve("articles.jsonl");
            Files.writeString(input, """
                    {"id":"cli-1","source":"terminal","title":"Typed by hand","body":"Body one.","format":"jsonl","ingestedAt":"2026-11-25T10:00:00Z"}
                    {"id":"cli-2","source":"terminal","title":"Second","body":"Body two.","format":"jsonl","ingestedAt":1795600000000}
                    """, StandardCharsets.UTF_8);
            List<String> connection = List.of("--bootstrap-servers", bootstrap, "--schema-registry-url", registry);
            try (RunnerProcess produce = RunnerProcess.start(concat(List.of("produce", "--topic", "news.articles.raw",
                    "--input", input.toString()), connection), dir.resolve("produce.err"))) {
                assertThat(produce.waitFor(60)).as(Files.readString(dir.resolve("produce.err"))).isZero();
            }
            try (RunnerProcess consume = RunnerProcess.start(concat(List.of("consume", "--topic", "news.articles.raw",
                    "--from-beginning", "--max-messages", "2", "--print-key"), connection), dir.resolve("consume.err"))) {
                assertThat(consume.waitFor(60)).isZero();
                assertThat(consume.lines()).hasSize(2)
                        .anySatisfy(l -> assertThat(l).startsWith("cli-1\t").contains("\"title\": \"Typed by hand\""))
                        .anySatisfy(l -> assertThat(l).startsWith("cli-2\t").contains("\"ingestedAt\": 1795600000000"));
            }

            stack.process().destroy();
            assertThat(stack.waitFor(60)).as("exit code after SIGTERM").isIn(0, 143);
            List<ProcessHandle> orphans = stack.process().descendants().filter(ProcessHandle::isAlive).toList();
            assertThat(orphans).isEmpty();
        }
    }

    private static Optional<Matcher> readyLine(RunnerProcess stack) {
        return stack.lines().stream().map(READY::matcher).filter(Matcher::find).findFirst();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
