package io.newsflow.runner;

import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.config.EnrichConfig;
import io.newsflow.ingest.cli.ServiceOptions;
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

    @Mixin
    StreamsServiceOptions streams;

    @Option(names = "--processing-guarantee", paramLabel = "G",
            description = "exactly_once_v2 (default) or at_least_once (enrich.processing.guarantee).")
    String guarantee;

    @Option(names = "--engine", paramLabel = "E", description = "nlp (default) or pass-through (enrich.engine).")
    String engine;


    @Override
    public Integer call() throws InterruptedException {
        EnrichConfig config = EnrichConfig.load(service.configFile(), System.getenv(), overrides());
        EnrichService enrich = EnrichService.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(enrich::close, "enrich-stop"));
        return enrich.awaitStop();
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = service.overrides();
        streams.addTo(overrides, "enrich");
        ServiceOptions.putIfGiven(overrides, EnrichConfig.PROCESSING_GUARANTEE.name(), guarantee);
        ServiceOptions.putIfGiven(overrides, EnrichConfig.ENGINE.name(), engine);
        return overrides;
    }
}
