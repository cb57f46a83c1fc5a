package io.newsflow.ingest.cli;

import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.http.PushServer;
import io.newsflow.ingest.http.PushServerConfig;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the HTTP push endpoint: POST /articles.",
                "",
                "Accepts a JSON article, a JSON array, JSON lines or an IPTC ninjs document and answers 202 with the "
                + "article ids once Kafka acknowledged them (acks=all), 400 with the reasons when nothing in the body "
                + "is usable, 401/403 without the right bearer token, 413 above the body limit. GET /health answers "
                + "200. A bearer token is required unless --no-auth (ingest.http.auth=false) is given."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Option(names = "--port", paramLabel = "N", description = "Port (ingest.http.port, default 8090; 0: any free port).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Bind address (ingest.http.host, default 127.0.0.1).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token clients must send (ingest.http.token; prefer env NEWSFLOW_INGEST_TOKEN).")
    String token;

    @Option(names = "--no-auth", description = "Run without a token (ingest.http.auth=false).")
    boolean noAuth;

    @Override
    public Integer call() throws InterruptedException {
        IngestConfig config = IngestConfig.load(service.configFile(), System.getenv(), overrides());
        config.requireHttpAuthDecision();
        CountDownLatch stopped = new CountDownLatch(1);
        try (IngestService ingest = IngestService.start(config, Clock.systemUTC());
             PushServer server = PushServer.start(pushConfig(config), ingest.ingestion(),
                     input -> ingest.readers().choose(java.util.Optional.empty(), input), ingest.metrics(), ingest::health)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "serve-stop"));
            System.out.println("serving http://" + config.httpHost() + ":" + server.port() + "/articles"
                    + (config.httpToken().isPresent() ? " (bearer token required)" : " (no authentication)"));
            System.out.flush();
            stopped.await();
        }
        return 0;
    }

    private PushServerConfig pushConfig(IngestConfig config) {
        PushServerConfig push = PushServerConfig.onPort(config.httpPort()).withHost(config.httpHost())
                .withMaxBodyBytes(config.httpMaxBodyBytes()).withDefaultSource("http").withRateLimit(config.httpRateLimit());
        return config.httpAuth() ? push.withBearerToken(config.httpToken().orElseThrow()) : push;
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = service.overrides();
        if (port != null) {
            overrides.put(IngestConfig.HTTP_PORT.name(), String.valueOf(port));
        }
        if (host != null) {
            overrides.put(IngestConfig.HTTP_HOST.name(), host);
        }
        if (token != null) {
            overrides.put(IngestConfig.HTTP_TOKEN.name(), token);
        }
        if (noAuth) {
            overrides.put(IngestConfig.HTTP_AUTH.name(), "false");
        }
        return overrides;
    }
}
