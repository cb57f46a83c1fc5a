package io.newsflow.runner;

import io.newsflow.ingest.cli.ServiceOptions;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.config.SinkConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Runs the sink service: news.articles.enriched → news.entities, news.locations, "
                + "news.trends.entities, news.tone.by-country, news.alerts (and .json mirrors), exactly once by default, "
                + "with the live dashboard when --http-port is given, until SIGTERM or Ctrl-C.",
                "",
                "Settings: defaults, then --config FILE, then environment, then these options (keys in sink/README.md)."})
final class SinkCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Mixin
    StreamsServiceOptions streams;

    @Option(names = "--json", description = "Also write every output as plain JSON to <topic>.json (sink.json.mirrors).")
    Boolean jsonMirrors;

    @Option(names = "--watchlist", paramLabel = "FILE", description = "Alert rules, JSON (sink.watchlist.file).")
    Path watchList;

    @Option(names = "--window-minutes", paramLabel = "N", description = "Window size (sink.window.minutes, default 15).")
    Integer windowMinutes;

    @Option(names = "--grace-minutes", paramLabel = "N", description = "Grace for late articles (sink.grace.minutes, default 5).")
    Integer graceMinutes;


    @Override
    public Integer call() throws InterruptedException {
        SinkConfig config = SinkConfig.load(service.configFile(), System.getenv(), overrides());
        SinkService sink = SinkService.start(config);
        sink.dashboardPort().ifPresent(port -> System.out.println("dashboard: http://" + config.httpHost() + ":" + port + "/"));
        Runtime.getRuntime().addShutdownHook(new Thread(sink::close, "sink-stop"));
        return sink.awaitStop();
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = service.overrides();
        streams.addTo(overrides, "sink");
        ServiceOptions.putIfGiven(overrides, SinkConfig.JSON_MIRRORS.name(), jsonMirrors);
        ServiceOptions.putIfGiven(overrides, SinkConfig.WATCH_LIST.name(), watchList);
        ServiceOptions.putIfGiven(overrides, SinkConfig.WINDOW_MINUTES.name(), windowMinutes);
        ServiceOptions.putIfGiven(overrides, SinkConfig.GRACE_MINUTES.name(), graceMinutes);
        return overrides;
    }
}
