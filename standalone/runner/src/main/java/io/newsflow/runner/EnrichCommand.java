package io.newsflow.runner;

import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.ingest.cli.ServiceOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Runs the enrich service: news.articles.raw → entities, places, tone → news.articles.enriched "
                + "(dead letters to news.enrich.dlq), exactly once by default, until SIGTERM or Ctrl-C.",
                "",
                "Several instances with the same --application-id share the partitions of news.articles.raw. "
                + "Settings: defaults, then --config FILE, then environment, then these options (keys in enrich/README.md)."})
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Option(names = "--threads", paramLabel = "N", description = "Stream threads (enrich.threads, default 1).")
    Integer threads;

    @Option(names = "--application-id", paramLabel = "ID", description = "Streams application id (enrich.application.id).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Streams state directory (enrich.state.dir).")
    Path stateDir;

    @Option(names = "--processing-guarantee", paramLabel = "G",
            description = "exactly_once_v2 (default) or at_least_once (enrich.processing.guarantee).")
    String guarantee;

    @Option(names = "--engine", paramLabel = "E", description = "nlp (default) or pass-through (enrich.engine).")
    String engine;

    @Option(names = "--http-port", paramLabel = "N", description = "Serve /health and /metrics on this port (enrich.http.port; 0: any free port).")
    Integer httpPort;

    @Option(names = "--http-host", paramLabel = "HOST", description = "Address of /health and /metrics (enrich.http.host).")
    String httpHost;

    @Override
    public Integer call() throws InterruptedException {
        EnrichConfig config = EnrichConfig.load(service.configFile(), System.getenv(), overrides());
        EnrichService enrich = EnrichService.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(enrich::close, "enrich-stop"));
        return enrich.awaitStop();
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = service.overrides();
        ServiceOptions.putIfGiven(overrides, EnrichConfig.THREADS.name(), threads);
        ServiceOptions.putIfGiven(overrides, EnrichConfig.APPLICATION_ID.name(), applicationId);
        ServiceOptions.putIfGiven(overrides, EnrichConfig.STATE_DIR.name(), stateDir);
        ServiceOptions.putIfGiven(overrides, EnrichConfig.PROCESSING_GUARANTEE.name(), guarantee);
        ServiceOptions.putIfGiven(overrides, EnrichConfig.ENGINE.name(), engine);
        ServiceOptions.putIfGiven(overrides, EnrichConfig.HTTP_PORT.name(), httpPort);
        ServiceOptions.putIfGiven(overrides, EnrichConfig.HTTP_HOST.name(), httpHost);
        return overrides;
    }
}
