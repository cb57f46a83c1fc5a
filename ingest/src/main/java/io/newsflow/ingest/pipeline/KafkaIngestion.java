package io.newsflow.ingest.pipeline;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.ingest.dedup.SeenIds;
import io.newsflow.ingest.reader.ArticleNormalizer;
import io.newsflow.ingest.reader.ArticleReader;
import io.newsflow.ingest.reader.Input;
import io.newsflow.ingest.reader.InvalidArticleException;
import io.newsflow.ingest.reader.Item;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.PublishedIds;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.config.ClientSettings;
import io.newsflow.schemas.topics.TopicCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingestion into Kafka with a transactional producer: for each batch of items, the new articles (to
 * {@code news.articles.raw}), the rejections (to {@code news.articles.rejected}) and one seen-set record
 * listing their ids (to {@code news.ingest.seen}) commit together or not at all. A crash between batches therefore
 * neither loses nor duplicates anything: the next run skips exactly what was committed. Consumers read
 * with {@code isolation.level=read_committed} (Kafka Streams does under exactly-once).
 *
 * <p>Calls are serialised: one producer has one open transaction at a time.
 */
public final class KafkaIngestion implements StagedIngestion, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaIngestion.class);

    private final KafkaProducer<String, byte[]> producer;
    private final TopicCatalog topics;
    private final SeenIds seen;
    private final ArticleNormalizer normalizer;
    private final Clock clock;
    private final int batchSize;
    private final Serializer<Article> articles;
    private final Serializer<PublishedIds> seenEntries;
    private final Serializer<Rejected> rejections;
    private final IngestMetrics metrics = new IngestMetrics();

    /** {@code clientSettings}: the service's Kafka client settings (security, SASL, TLS…), under the producer's own. */
    public KafkaIngestion(String bootstrapServers, Map<String, ?> clientSettings, String transactionalIdPrefix,
            TopicCatalog topics, SeenIds seen, ArticleNormalizer normalizer, Clock clock, int batchSize) {
        this.topics = topics;
        this.seen = seen;
        this.normalizer = normalizer;
        this.clock = clock;
        this.batchSize = batchSize;
        this.articles = topics.articlesRaw().valueSerde().serializer();
        this.seenEntries = topics.ingestSeen().valueSerde().serializer();
        this.rejections = topics.articlesRejected().valueSerde().serializer();
        this.producer = new KafkaProducer<>(producerConfig(bootstrapServers, clientSettings, transactionalIdPrefix),
                topics.articlesRaw().keySerde().serializer(), new ByteArraySerializer());
        this.producer.initTransactions();
    }

    /**
     * Idempotent and transactional (acks=all implied), lz4, 20 ms linger with 256 KB batches: the
     * settings that gave the highest rate for KB-sized records on this hardware. On top of the service's client
     * settings, which cannot change them.
     */
    static Map<String, Object> producerConfig(String bootstrapServers, Map<String, ?> clientSettings,
            String transactionalIdPrefix) {
        return ClientSettings.onTop(clientSettings, Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalIdPrefix + "-" + UUID.randomUUID(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest"));
    }

    @Override
    public Outcome ingest(Input input, ArticleReader reader) {
        return publish(prepare(input, reader));
    }

    /**
     * Reads, normalises and Avro-encodes an input: pure CPU work, safe to run ahead on another thread while the
     * previous input is being published. (One thread: on two cores, a parallel stream here only competed with
     * the sending thread and the broker, and measured no faster.)
     */
    @Override
    public PreparedInput prepare(Input input, ArticleReader reader) {
        List<Item> items = reader.read(input);
        Instant now = clock.instant();
        List<Prepared> prepared = IntStream.range(0, items.size())
                .mapToObj(i -> prepare(input, items.get(i), i, now))
                .toList();
        return new PreparedInput(input, now, prepared);
    }

    @Override
    public Outcome publish(PreparedInput prepared) {
        return publish(List.of(prepared)).get(0);
    }

    /**
     * The order-dependent part: duplicates, sending, committing. The items of all the inputs, in order, go out in
     * transactions of up to {@code batchSize} items, so many small inputs (line chunks) cost no more commits than
     * one large one. A failed transaction is aborted and ends the call with an {@link IngestException}; what
     * committed before it stays committed and is in the seen-set.
     */
    @Override
    public synchronized List<Outcome> publish(List<PreparedInput> inputs) {
        List<Batch> totals = inputs.stream().map(input -> new Batch()).toList();
        Set<String> inThisCall = new HashSet<>();
        List<Slot> transaction = new ArrayList<>(Math.min(batchSize, 4096));
        for (int i = 0; i < inputs.size(); i++) {
            for (Prepared item : inputs.get(i).items()) {
                transaction.add(new Slot(i, inputs.get(i), item));
                if (transaction.size() == batchSize) {
                    commit(transaction, totals, inThisCall);
                    transaction.clear();
                }
            }
        }
        if (!transaction.isEmpty()) {
            commit(transaction, totals, inThisCall);
        }
        return totals.stream().map(Batch::outcome).toList();
    }

    /** One item of one input, as placed in a transaction. */
    private record Slot(int inputIndex, PreparedInput input, Prepared item) {
    }

    private void commit(List<Slot> transaction, List<Batch> totals, Set<String> inThisCall) {
        Map<Integer, Batch> parts = new TreeMap<>();
        Set<String> remembered = new LinkedHashSet<>();
        try {
            producer.beginTransaction();
            for (Slot slot : transaction) {
                send(slot.input(), slot.item(), parts.computeIfAbsent(slot.inputIndex(), i -> new Batch()), inThisCall);
            }
            parts.values().forEach(part -> remembered.addAll(part.remembered));
            rememberAll(transaction, remembered);
            producer.commitTransaction();
        } catch (RuntimeException e) {
            metrics.lastFailure = e.getMessage();
            // a half-sent batch must not stay open: the next input would start inside it
            abortQuietly();
            parts.values().forEach(part -> part.remembered.forEach(inThisCall::remove));
            Slot first = transaction.get(0);
            Slot last = transaction.get(transaction.size() - 1);
            throw new IngestException("Kafka did not take " + first.input().input().name() + " item " + first.item().index()
                    + " – " + last.input().input().name() + " item " + last.item().index() + ": " + e.getMessage(), e);
        }
        seen.addAll(remembered);
        metrics.lastFailure = null;
        parts.forEach((index, part) -> totals.get(index).add(part));
        parts.values().forEach(part -> metrics.count(part.published.size(), part.duplicates.size(), part.rejected.size()));
    }

    private Prepared prepare(Input input, Item item, int index, Instant now) {
        if (item instanceof Item.Broken broken) {
            return Prepared.rejected(index, broken.reason(), broken.errorClass(), broken.payload());
        }
        Item.Parsed parsed = (Item.Parsed) item;
        try {
            Article article = normalizer.normalize(parsed.article(), input.defaultSource(), now);
            String raw = topics.articlesRaw().name();
            return Prepared.article(index, article.getId(), articles.serialize(raw, article));
        } catch (InvalidArticleException e) {
            return Prepared.rejected(index, e.getMessage(), e.getClass().getName(), parsed.payload());
        }
    }

    private void send(PreparedInput input, Prepared item, Batch batch, Set<String> inThisInput) {
        if (item.rejectReason() != null) {
            reject(input.input(), item.index(), item.rejectReason(), item.errorClass(), item.payload(), input.preparedAt(),
                    batch, inThisInput);
            return;
        }
        String id = item.id();
        if (seen.contains(id) || !inThisInput.add(id)) {
            batch.duplicates.add(id);
            return;
        }
        producer.send(new ProducerRecord<>(topics.articlesRaw().name(), id, item.payload()));
        batch.remembered.add(id);
        batch.published.add(id);
    }

    /**
     * Rejections are remembered like articles (by a hash of their bytes), so replaying the same input
     * writes no second copy of the same rejection either.
     */
    private void reject(Input input, int index, String reason, String errorClass, byte[] payload, Instant now, Batch batch,
            Set<String> inThisInput) {
        String id = Rejections.id(payload);
        if (seen.contains(id) || !inThisInput.add(id)) {
            batch.duplicates.add(id);
            return;
        }
        String topic = topics.articlesRejected().name();
        Rejected rejected = Rejections.of(input.name(), index, reason, errorClass, payload, now);
        producer.send(new ProducerRecord<>(topic, input.name(), rejections.serialize(topic, rejected)));
        batch.remembered.add(id);
        batch.rejected.add(new Outcome.Rejection(index, reason));
        LOG.debug("Rejected item {} of {}: {}", index, input.name(), reason);
    }

    /** One seen-set record for the whole transaction: it commits, or is aborted, with what it lists. */
    private void rememberAll(List<Slot> transaction, Set<String> remembered) {
        if (remembered.isEmpty()) {
            return;
        }
        String topic = topics.ingestSeen().name();
        List<String> ids = List.copyOf(remembered);
        PreparedInput first = transaction.get(0).input();
        PreparedInput last = transaction.get(transaction.size() - 1).input();
        String from = first == last ? first.input().name() : first.input().name() + " … " + last.input().name();
        PublishedIds entry = new PublishedIds(ids, first.preparedAt(), from);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, ids.get(0), seenEntries.serialize(topic, entry));
        record.headers().add(SeenIds.WRITER_HEADER, seen.writer());
        producer.send(record);
    }

    /**
     * Binds the producer's metrics and the counts of what ingest published, skipped as duplicate and rejected
     * ({@code newsflow_ingest_articles_total{outcome=…}}) to a registry.
     */
    public KafkaClientMetrics bindMetrics(MeterRegistry registry) {
        metrics.bindTo(registry);
        KafkaClientMetrics producerMetrics =
                new KafkaClientMetrics(producer);
        producerMetrics.bindTo(registry);
        return producerMetrics;
    }

    /** The message of the last failed transaction, if the last one failed (for /health). */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(metrics.lastFailure);
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            LOG.warn("Could not abort the ingest transaction (the broker aborts it after the transaction timeout)", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }

    /** Counts by outcome; bound to a registry when the service exposes metrics. */
    private static final class IngestMetrics {
        private final AtomicLong published = new AtomicLong();
        private final AtomicLong duplicates = new AtomicLong();
        private final AtomicLong rejected = new AtomicLong();
        private volatile String lastFailure;

        void count(int newlyPublished, int newDuplicates, int newlyRejected) {
            published.addAndGet(newlyPublished);
            duplicates.addAndGet(newDuplicates);
            rejected.addAndGet(newlyRejected);
        }

        void bindTo(MeterRegistry registry) {
            counter(registry, "published", published, "Articles committed to news.articles.raw");
            counter(registry, "duplicate", duplicates, "Items skipped as already published");
            counter(registry, "rejected", rejected, "Items committed to news.articles.rejected");
        }

        private static void counter(MeterRegistry registry, String outcome,
                AtomicLong value, String description) {
            FunctionCounter.builder("newsflow.ingest.articles", value,
                    AtomicLong::doubleValue).tag("outcome", outcome).description(description)
                    .register(registry);
        }
    }

    private static final class Batch {
        final List<String> published = new ArrayList<>();
        final Set<String> remembered = new LinkedHashSet<>();
        final List<String> duplicates = new ArrayList<>();
        final List<Outcome.Rejection> rejected = new ArrayList<>();

        void add(Batch other) {
            published.addAll(other.published);
            duplicates.addAll(other.duplicates);
            rejected.addAll(other.rejected);
        }

        Outcome outcome() {
            return new Outcome(published, duplicates, rejected);
        }
    }
}
