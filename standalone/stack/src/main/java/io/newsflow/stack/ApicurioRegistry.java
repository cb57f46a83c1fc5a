package io.newsflow.stack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Apicurio Registry 3 in a child JVM, storing its schemas in Kafka ({@code kafkasql}) so that schema ids
 * survive restarts, and serving the Confluent Schema Registry API at {@code /apis/ccompat/v7}.
 */
final class ApicurioRegistry implements AutoCloseable {

    static final String CONFLUENT_API_PATH = "/apis/ccompat/v7";
    private static final String RUNNER_JAR = "apicurio-registry-app-3.0.9-runner.jar";
    private static final String MAIN_CLASS = "io.quarkus.runner.GeneratedMain";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final ChildProcess process;
    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ApicurioRegistry(ChildProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    static ApicurioRegistry start(StackOptions options, String bootstrapServers) {
        Path runner = runnerJar(options.apicurioHome());
        List<String> jvm = List.of("-Xms128m", "-Xmx" + options.registryHeap(), "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + options.registryPort(),
                "-Dapicurio.storage.kind=kafkasql",
                "-Dapicurio.kafkasql.bootstrap.servers=" + bootstrapServers,
                "-Dquarkus.log.level=WARN",
                "-Dquarkus.log.category.\"io.apicurio\".level=INFO");
        String classpath = watchedMainLocation() + File.pathSeparator + runner;
        ChildProcess child = ChildProcess.startWatched("Apicurio Registry", jvm, classpath, MAIN_CLASS, List.of(),
                options.logDir().resolve("registry.log"));
        ApicurioRegistry registry = new ApicurioRegistry(child, url(options));
        registry.awaitReady();
        registry.setCompatibility(options.compatibility());
        return registry;
    }

    /** The Confluent-API base URL: what {@code schema.registry.url} takes. */
    String url() {
        return url;
    }

    /** The Confluent-API base URL of the registry of these options, running or not. */
    static String url(StackOptions options) {
        return "http://127.0.0.1:" + options.registryPort() + CONFLUENT_API_PATH;
    }

    long pid() {
        return process.pid();
    }

    private static Path runnerJar(Path apicurioHome) {
        if (apicurioHome == null) {
            throw new StackException("Apicurio Registry home is not set: pass --apicurio-home, set NEWSFLOW_APICURIO_HOME "
                    + "or -Dnewsflow.apicurio.home (the build unpacks it into standalone/stack/target/apicurio)");
        }
        Path jar = apicurioHome.resolve(RUNNER_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new StackException("No " + RUNNER_JAR + " in " + apicurioHome
                    + " (newsflow.apicurio.home); run ./mvnw -pl standalone/stack package to unpack it");
        }
        return jar;
    }

    private static String watchedMainLocation() {
        try {
            return Path.of(WatchedMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new StackException("Cannot locate the newsflow-stack classes", e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackException("Apicurio Registry exited during start-up; last log lines:\n" + process.logTail(30));
            }
            if (status("GET", "/subjects", null) == 200) {
                return;
            }
            pause();
        }
        close();
        throw new StackException("Apicurio Registry did not answer at " + url + " within " + READY_TIMEOUT
                + "; log " + process.logFile());
    }

    private void setCompatibility(String level) {
        int status = status("PUT", "/config", "{\"compatibility\":\"" + level + "\"}");
        if (status != 200) {
            throw new StackException("Apicurio Registry refused PUT " + url + "/config compatibility " + level
                    + " (HTTP " + status + ")");
        }
    }

    private int status(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body)
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for Apicurio Registry", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
