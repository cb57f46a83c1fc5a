package io.newsflow.ingest.http;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.ingest.pipeline.Ingestion;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import io.newsflow.schemas.ops.Health;
import io.newsflow.schemas.ops.OpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP push endpoint of ingest: {@code POST /articles} takes articles in any format a reader knows and
 * answers once Kafka acknowledged them; {@code GET /health} says whether it is live and ready, {@code GET /metrics}
 * gives the service's metrics in Prometheus format.
 */
public final class PushServer implements AutoCloseable {

    /** In-flight requests get this long to finish on close; then their connections are cut. */
    private static final int STOP_GRACE_SECONDS = 1;
    /** Workers still blocked (on Kafka) after the grace period get this long before being interrupted. */
    private static final long WORKER_SHUTDOWN_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(PushServer.class);

    private final HttpServer server;
    private final ExecutorService workers;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PushServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    public static PushServer start(PushServerConfig config, Ingestion ingestion,
            Function<Input, ArticleReader> readerFor) {
        return start(config, ingestion, readerFor, null, () -> new Health(true, true, Map.of()));
    }

    /** With {@code /metrics} (when a registry is given) and {@code /health} from the service. */
    public static PushServer start(PushServerConfig config, Ingestion ingestion, Function<Input, ArticleReader> readerFor,
            PrometheusMeterRegistry metrics, Supplier<Health> health) {
        HttpServer server = bind(config);
        // A fixed number of workers bounds concurrent ingestions; further requests wait for a free one.
        ExecutorService workers = Executors.newFixedThreadPool(config.workerThreads(), workerThreads());
        server.setExecutor(workers);
        routes(config, ingestion, readerFor).forEach((path, endpoint) -> server.createContext(path,
                new JsonHandler(endpoint)));
        server.createContext("/health", exchange -> OpsServer.serveHealth(exchange, health));
        if (metrics != null) {
            server.createContext("/metrics", exchange -> OpsServer.serveMetrics(exchange, metrics));
        }
        server.start();
        LOG.info("HTTP push endpoint listening on {}:{} (bearer auth {}, max body {} bytes, {} workers)",
                config.host(), server.getAddress().getPort(), config.bearerToken().isPresent() ? "on" : "off",
                config.maxBodyBytes(), config.workerThreads());
        return new PushServer(server, workers);
    }

    /** The port actually bound (the free one picked when the config asked for 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(STOP_GRACE_SECONDS);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(WORKER_SHUTDOWN_SECONDS, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        LOG.info("HTTP push endpoint stopped");
    }

    private static HttpServer bind(PushServerConfig config) {
        try {
            return HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port(), e);
        }
    }

    private static Map<String, Endpoint> routes(PushServerConfig config, Ingestion ingestion,
            Function<Input, ArticleReader> readerFor) {
        return Map.of(
                "/articles", new Route("/articles", "POST", new ArticlesEndpoint(config, ingestion, readerFor)),
                "/", Route.notFound());
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, "push-worker-" + count.incrementAndGet());
    }
}
