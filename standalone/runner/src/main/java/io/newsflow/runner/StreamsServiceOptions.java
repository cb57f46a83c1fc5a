package io.newsflow.runner;

import io.newsflow.ingest.cli.ServiceOptions;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every Kafka Streams service command has, mapped to its {@code <service>.…} keys: threads,
 * application id, state directory, and the address of its HTTP endpoints.
 */
final class StreamsServiceOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Stream threads (<service>.threads, default 1).")
    Integer threads;

    @Option(names = "--application-id", paramLabel = "ID", description = "Streams application id (<service>.application.id).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Streams state directory (<service>.state.dir).")
    Path stateDir;

    @Option(names = "--http-port", paramLabel = "N",
            description = "Port of its HTTP endpoints: /health, /metrics and, for the sink, the dashboard (<service>.http.port; 0: any free port).")
    Integer httpPort;

    @Option(names = "--http-host", paramLabel = "HOST", description = "Address of its HTTP endpoints (<service>.http.host).")
    String httpHost;

    /** Adds the options given to {@code overrides} under {@code <service>.…}. */
    void addTo(Map<String, String> overrides, String service) {
        ServiceOptions.putIfGiven(overrides, service + ".threads", threads);
        ServiceOptions.putIfGiven(overrides, service + ".application.id", applicationId);
        ServiceOptions.putIfGiven(overrides, service + ".state.dir", stateDir);
        ServiceOptions.putIfGiven(overrides, service + ".http.port", httpPort);
        ServiceOptions.putIfGiven(overrides, service + ".http.host", httpHost);
    }
}
