package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.Samples;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.SharedStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./newsflow ingest` and `./newsflow ingest serve` as a person runs them. */
class IngestCommandIT {

    private static LocalStack stack;

    @BeforeAll
    static void stack() {
        stack = SharedStack.get();
        stack.ensureTopics(StackLauncher.catalogTopics());
    }

    @Test
    void shouldPrintTheSummaryAndPublishNothingTheSecondTime(@TempDir Path dir) throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        for (String name : Samples.names().subList(0, 5)) {
            Files.writeString(samples.resolve(name), Samples.text(name), StandardCharsets.UTF_8);
        }
        Files.writeString(samples.resolve("broken.jsonl"), "{\"title\": \"no body here\"}\n", StandardCharsets.UTF_8);
        List<String> args = List.of("ingest", samples.toString(), "--source", "it-" + System.nanoTime(),
                "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.registryUrl());

        assertThat(lastLine(run(args, dir.resolve("first.err")))).isEqualTo("ingested=5 duplicates=0 rejected=1");
        assertThat(lastLine(run(args, dir.resolve("second.err")))).isEqualTo("ingested=0 duplicates=6 rejected=0");
    }

    @Test
    void shouldRefuseToServeWithoutATokenNamingTheSetting(@TempDir Path dir) throws Exception {
        try (RunnerProcess serve = RunnerProcess.start(List.of("ingest", "serve", "--port", "0",
                "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.registryUrl()), dir.resolve("serve.err"))) {
            assertThat(serve.waitFor(60)).isNotZero();
            assertThat(Files.readString(dir.resolve("serve.err"))).contains("NEWSFLOW_INGEST_TOKEN");
        }
    }

    private static RunnerProcess run(List<String> args, Path err) throws Exception {
        RunnerProcess process = RunnerProcess.start(args, err);
        assertThat(process.waitFor(120)).as(Files.readString(err)).isZero();
        return process;
    }

    private static String lastLine(RunnerProcess process) {
        List<String> lines = process.lines();
        return Stream.of(lines.get(lines.size() - 1)).findFirst().orElseThrow();
    }
}
