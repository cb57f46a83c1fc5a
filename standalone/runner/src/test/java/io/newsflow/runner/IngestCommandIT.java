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

    @Test
    void shouldServeWithATokenWithoutEverWritingItOrAWrongOneToTheLogs(@TempDir Path dir) throws Exception {
        String token = "it-secret-" + Long.toHexString(System.nanoTime()) + "-b7f3";
        String wrong = "it-wrong-" + Long.toHexString(System.nanoTime()) + "-9c1e";
        Path config = Files.writeString(dir.resolve("ingest.properties"), "ingest.http.token=" + token + "\n");
        try (RunnerProcess serve = RunnerProcess.start(List.of("ingest", "serve", "--port", "0", "--config", config.toString(),
                "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.registryUrl()), dir.resolve("serve.err"))) {
            String url = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> serve.lines().stream().filter(l -> l.startsWith("serving http://")).findFirst(), java.util.Optional::isPresent)
                    .orElseThrow().split(" ")[1];
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String article = "{\"title\": \"Secrets test " + System.nanoTime() + "\", \"body\": \"Nothing to see.\"}";

            java.net.http.HttpResponse<String> accepted = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .header("Authorization", "Bearer " + token).POST(java.net.http.HttpRequest.BodyPublishers.ofString(article)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            java.net.http.HttpResponse<String> refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .header("Authorization", "Bearer " + wrong).POST(java.net.http.HttpRequest.BodyPublishers.ofString(article)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            String base = url.substring(0, url.lastIndexOf("/articles"));
            java.net.http.HttpResponse<String> metrics = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/metrics"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            serve.process().destroy();
            serve.waitFor(60);

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(wrong).doesNotContain(token);
            assertThat(metrics.body()).contains("newsflow_ingest_articles_total{outcome=\"published\",service=\"ingest\"} 1.0");
            String logs = Files.readString(dir.resolve("serve.err")) + String.join("\n", serve.lines());
            assertThat(logs).as("the service's output").contains("bearer token required").doesNotContain(token).doesNotContain(wrong);
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
