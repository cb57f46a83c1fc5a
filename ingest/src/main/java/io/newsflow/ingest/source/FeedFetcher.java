package io.newsflow.ingest.source;

import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feed (RSS, Atom, or any format ingest reads) fetched from an http(s) URL the user gave, once or every
 * interval. Items published before are recognised as duplicates, so polling republishes nothing.
 */
public final class FeedFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(FeedFetcher.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Ingester ingester;
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public FeedFetcher(Ingester ingester, URI url) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("only http(s) feed URLs are fetched, not " + url);
        }
        this.ingester = ingester;
        this.url = url;
    }

    /** One fetch; false (and a warning) when the feed could not be fetched. */
    public boolean fetchOnce() throws InterruptedException {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8")
                    .header("User-Agent", "newsflow-ingest").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                LOG.warn("Feed {} answered HTTP {}", url, response.statusCode());
                ingester.stats().failure();
                return false;
            }
            Input input = new Input(url.toString(), response.body(), url.getHost());
            ArticleReader reader = ingester.readers().choose(ingester.format(), input);
            ingester.ingest(input, reader);
            return true;
        } catch (IOException e) {
            LOG.warn("Cannot fetch feed {}: {}", url, e.getMessage());
            ingester.stats().failure();
            return false;
        }
    }

    /** Fetches now, then every interval until {@code stop} says so. */
    public void poll(Duration interval, BooleanSupplier stop) throws InterruptedException {
        while (!stop.getAsBoolean()) {
            fetchOnce();
            Thread.sleep(interval.toMillis());
        }
    }
}
