package io.newsflow.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import io.newsflow.ingest.pipeline.IngestException;
import io.newsflow.ingest.pipeline.Ingestion;
import io.newsflow.ingest.pipeline.Outcome;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: authenticate, read the body within the limit, hand it to ingestion with the reader
 * chosen for it, and answer only once Kafka acknowledged. The body is never parsed here.
 */
final class ArticlesEndpoint implements Endpoint {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = LoggerFactory.getLogger(ArticlesEndpoint.class);

    private final BearerAuth auth;
    private final ClientRateLimit rateLimit;
    private final int maxBodyBytes;
    private final String defaultSource;
    private final Ingestion ingestion;
    private final Function<Input, ArticleReader> readerFor;

    ArticlesEndpoint(PushServerConfig config, Ingestion ingestion, Function<Input, ArticleReader> readerFor) {
        this.auth = BearerAuth.of(config.bearerToken());
        this.rateLimit = new ClientRateLimit(config.rateLimit(), System::nanoTime);
        this.maxBodyBytes = config.maxBodyBytes();
        this.defaultSource = config.defaultSource();
        this.ingestion = ingestion;
        this.readerFor = readerFor;
    }

    @Override
    public Reply handle(HttpExchange exchange) throws IOException {
        // before authentication, so guessing tokens is limited too
        if (!rateLimit.tryAcquire(exchange.getRemoteAddress().getAddress().getHostAddress())) {
            return Reply.error(429, "too many requests: at most " + rateLimit.perSecond() + " a second per client")
                    .withHeader("Retry-After", "1");
        }
        Optional<Reply> refusal = auth.refusal(exchange.getRequestHeaders());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        byte[] body;
        try {
            body = BoundedBody.read(exchange, maxBodyBytes);
        } catch (BodyTooLargeException e) {
            // The rest of the body is not wanted: ask the client not to reuse a connection with bytes still in it.
            return Reply.error(413, e.getMessage()).withHeader("Connection", "close");
        }
        if (isBlank(body)) {
            return Reply.error(400, "empty body");
        }
        return ingest(new Input("http:" + exchange.getRemoteAddress().getAddress().getHostAddress(), body,
                defaultSource));
    }

    private Reply ingest(Input input) {
        try {
            return answer(ingestion.ingest(input, readerFor.apply(input)));
        } catch (IngestException e) {
            // Kafka trouble is the server's, not the client's: the client should send the same body again.
            LOG.warn("Push from {} not acknowledged by Kafka, answering 503: {}", input.name(), e.toString());
            return Reply.error(503, "articles not acknowledged by Kafka; retry the same request")
                    .withHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
    }

    /** 202 when anything was usable; otherwise 400, though the rejected items are already on the rejected topic. */
    private static Reply answer(Outcome outcome) {
        int items = outcome.published().size() + outcome.duplicates().size() + outcome.rejected().size();
        PushResponse response = PushResponse.of(outcome);
        if (!outcome.published().isEmpty() || !outcome.duplicates().isEmpty()) {
            return Reply.of(202, response, items);
        }
        String error = outcome.rejected().isEmpty()
                ? "no articles found in body"
                : "every item was rejected (" + items + "); they were kept on the rejected topic";
        return Reply.of(400, response.withError(error), items);
    }

    /** Whitespace alone holds no article; ingesting it would only fill the rejected topic. */
    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
