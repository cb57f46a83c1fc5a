package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.ingest.reader.Readers;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A feed served by a local HTTP server, fetched and polled. */
class FeedFetcherTest {

    private static final String ATOM = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Local desk</title>"
            + "<entry><title>Polled story</title><link href=\"https://local.example.org/1\"/>"
            + "<updated>2024-05-01T10:00:00Z</updated><content type=\"html\">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>";

    private final InMemoryIngestion ingestion = new InMemoryIngestion();
    private final Ingester ingester = new Ingester(ingestion, new Readers(Clock.systemUTC()), Optional.empty(), "local", 100,
            new IngestStats());
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.atom", exchange -> {
            fetches.incrementAndGet();
            byte[] body = ATOM.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldFetchAFeedDetectItsFormatAndPublishNothingNewOnTheNextPoll() throws Exception {
        FeedFetcher fetcher = new FeedFetcher(ingester, url("/feed.atom"));

        fetcher.poll(Duration.ofMillis(1), () -> fetches.get() >= 3);

        assertThat(ingestion.published).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Polled story");
            assertThat(a.getFormat()).isEqualTo("atom");
            assertThat(a.getSource()).isEqualTo("Local desk");
        });
        assertThat(ingester.stats().summary()).isEqualTo("ingested=1 duplicates=2 rejected=0");
    }

    @Test
    void shouldCountAFeedThatAnswersAnErrorAsAFailedInput() throws Exception {
        assertThat(new FeedFetcher(ingester, url("/gone")).fetchOnce()).isFalse();
        assertThat(ingester.stats().failures()).isEqualTo(1);
        assertThat(ingester.stats().summary()).endsWith("failed_inputs=1");
    }

    @Test
    void shouldOnlyFetchHttpUrls() {
        assertThatThrownBy(() -> new FeedFetcher(ingester, URI.create("file:///etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only http(s)");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
