package io.newsflow.enrich.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.engine.PassThroughEnricher;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.fixtures.Records;
import io.newsflow.schemas.registry.InMemorySchemaRegistryClient;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.serde.WireFormat;
import io.newsflow.schemas.topics.TopicCatalog;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Raw bytes no ingest would write, straight into {@code news.articles.raw} through the enrich topology
 * ({@link TopologyTestDriver}, pass-through engine, in-memory registry): each must land in {@code news.enrich.dlq} as a
 * {@code Rejected} with its original key and value bytes and a reason, in bounded memory, and the good article after it
 * must still be enriched.
 */
class HostileRawRecordsTest {

    private static final String SCOPE = "hostile-raw-records-test";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final NewsSerdes SERDES = NewsSerdes.create(Map.of(RegistryConfig.URL, RegistryConfig.MOCK_SCHEME + SCOPE));
    private static final TopicCatalog TOPICS = new TopicCatalog(SERDES);
    private static final String RAW = TOPICS.articlesRaw().name();
    /** What decoding one hostile record may allocate: far above the few KB it needs, far below a declared 2 GB string. */
    private static final long MAX_ALLOCATED_BYTES = 64L << 20;

    @TempDir
    Path stateDir;

    @AfterAll
    static void forgetSchemas() {
        InMemorySchemaRegistryClient.dropScope(SCOPE);
    }

    /** One hostile raw record; the name shows in the test report. */
    record Hostile(String name, byte[] key, byte[] value) {
        @Override
        public String toString() {
            return name + " (" + (value == null ? "null" : value.length + " bytes") + ")";
        }
    }

    static List<Hostile> hostileRecords() {
        byte[] good = articleBytes(Records.article("good"));
        int articleId = WireFormat.schemaId(RAW, good);
        byte[] rejected = SERDES.rejected().serializer().serialize(TOPICS.enrichDlq().name(), Records.rejected());
        int rejectedId = WireFormat.schemaId(RAW, rejected);
        byte[] enriched = SERDES.enrichedArticle().serializer().serialize(TOPICS.articlesEnriched().name(), Records.enrichedArticle());
        byte[] goodBody = Arrays.copyOfRange(good, WireFormat.HEADER_SIZE, good.length);
        byte[] rejectedBody = Arrays.copyOfRange(rejected, WireFormat.HEADER_SIZE, rejected.length);

        List<Hostile> records = new ArrayList<>();
        records.add(new Hostile("wrong magic byte", key("k"), new byte[] {1, 0, 0, 0, 1, 2, 3}));
        records.add(new Hostile("magic byte 0x7f before a valid article", key("k"), withFirstByte(good, (byte) 0x7F)));
        records.add(new Hostile("unknown schema id", key("k"), WireFormat.frame(987_654, goodBody)));
        records.add(new Hostile("negative schema id", key("k"), WireFormat.frame(-1, goodBody)));
        records.add(new Hostile("truncated Avro: header only", key("k"), Arrays.copyOf(good, WireFormat.HEADER_SIZE)));
        records.add(new Hostile("truncated Avro: header and one byte", key("k"), Arrays.copyOf(good, WireFormat.HEADER_SIZE + 1)));
        records.add(new Hostile("truncated Avro: half", key("k"), Arrays.copyOf(good, good.length / 2)));
        records.add(new Hostile("truncated Avro: last byte missing", key("k"), Arrays.copyOf(good, good.length - 1)));
        records.add(new Hostile("valid article with trailing garbage", key("k"), concat(good, new byte[] {7, 7, 7})));
        records.add(new Hostile("a Rejected record sent as an Article (its own schema id)", key("k"), rejected));
        records.add(new Hostile("an EnrichedArticle sent as an Article (its own schema id)", key("k"), enriched));
        records.add(new Hostile("Rejected Avro under the Article schema id", key("k"), WireFormat.frame(articleId, rejectedBody)));
        records.add(new Hostile("Article Avro under the Rejected schema id", key("k"), WireFormat.frame(rejectedId, goodBody)));
        records.add(new Hostile("empty value", key("k"), new byte[0]));
        records.add(new Hostile("null value", key("k"), null));
        records.add(new Hostile("one byte", key("k"), new byte[] {0}));
        records.add(new Hostile("four bytes (shorter than the header)", key("k"), new byte[] {0, 0, 0, 0}));
        records.add(new Hostile("null key and garbage", null, new byte[] {9, 9, 9}));
        records.add(new Hostile("key that is not UTF-8", new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF}, new byte[] {9}));
        records.add(new Hostile("declared 2 GB string", key("k"), WireFormat.frame(articleId, concat(varint(2_000_000_000L), bytes("abc")))));
        records.add(new Hostile("declared negative string length", key("k"), WireFormat.frame(articleId, varint(-5))));
        records.add(new Hostile("long varint that never ends", key("k"), WireFormat.frame(articleId, filled(16, (byte) 0xFF))));
        records.add(new Hostile("union index out of range", key("k"), WireFormat.frame(articleId,
                concat(string("id"), string("source"), varint(7)))));
        records.add(new Hostile("declared billion authors", key("k"), WireFormat.frame(articleId, concat(string("id"),
                string("source"), varint(0), string("title"), varint(0), string("body"), varint(0), varint(0), varint(0),
                varint(1_000_000_000L), string("x")))));
        records.add(new Hostile("declared billion-byte block of tags", key("k"), WireFormat.frame(articleId, concat(string("id"),
                string("source"), varint(0), string("title"), varint(0), string("body"), varint(0), varint(0), varint(0),
                varint(0), varint(-1_000_000_000L), varint(1_000_000_000L), string("x")))));
        Random random = new Random(20261125);
        for (int i = 0; i < 20; i++) {
            records.add(new Hostile("random bytes #" + i, key("r" + i), randomBytes(random, 1 + random.nextInt(300))));
        }
        for (int i = 0; i < 20; i++) {
            records.add(new Hostile("valid header then garbage #" + i, key("g" + i),
                    WireFormat.frame(articleId, randomBytes(random, random.nextInt(200)))));
        }
        return records;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRecords")
    void shouldDeadLetterTheRecordWithItsBytesAndEnrichTheNextArticle(Hostile hostile) {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<byte[], byte[]> raw = rawBytes(driver);
            Article next = Records.article("next-" + hostile.name().hashCode());

            long allocated = allocatedWhile(() -> raw.pipeInput(hostile.key(), hostile.value()));
            raw.pipeInput(key(next.getId()), articleBytes(next));

            TestOutputTopic<String, Rejected> dlq = dlq(driver);
            TestRecord<String, Rejected> dead = dlq.readRecord();
            assertDeadLetter(dead, hostile, 0L);
            assertThat(allocated).as("bytes allocated decoding %s", hostile.name()).isLessThan(MAX_ALLOCATED_BYTES);
            TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);
            TestRecord<String, EnrichedArticle> after = enriched.readRecord();
            assertThat(after.key()).isEqualTo(next.getId());
            assertThat(after.value().getArticle()).isEqualTo(next);
            assertThat(dlq.isEmpty()).as("dead letters left").isTrue();
            assertThat(enriched.isEmpty()).as("enriched articles left").isTrue();
        }
    }

    @Test
    void shouldDeadLetterEveryHostileRecordOfOneStreamInOrderWhileEnrichingTheArticlesBetweenThem() {
        List<Hostile> hostile = hostileRecords();
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<byte[], byte[]> raw = rawBytes(driver);
            List<String> goodIds = new ArrayList<>();
            for (int i = 0; i < hostile.size(); i++) {
                raw.pipeInput(hostile.get(i).key(), hostile.get(i).value());
                Article good = Records.article("between-" + i);
                raw.pipeInput(key(good.getId()), articleBytes(good));
                goodIds.add(good.getId());
            }

            List<TestRecord<String, Rejected>> dead = dlq(driver).readRecordsToList();
            assertThat(dead).hasSameSizeAs(hostile);
            for (int i = 0; i < hostile.size(); i++) {
                assertDeadLetter(dead.get(i), hostile.get(i), 2L * i);
            }
            assertThat(enriched(driver).readRecordsToList()).extracting(TestRecord::key).containsExactlyElementsOf(goodIds);
            assertThat(dlq(driver).isEmpty()).isTrue();
            assertThat(enriched(driver).isEmpty()).isTrue();
        }
    }

    private static void assertDeadLetter(TestRecord<String, Rejected> dead, Hostile hostile, long offset) {
        Rejected rejected = dead.value();
        assertThat(dead.key()).as("key").isEqualTo(hostile.key() == null ? null : new String(hostile.key(), StandardCharsets.UTF_8));
        assertThat(bytesOf(rejected.getKey())).as("original key bytes").isEqualTo(hostile.key());
        assertThat(bytesOf(rejected.getPayload())).as("original value bytes")
                .isEqualTo(hostile.value() == null ? new byte[0] : hostile.value());
        assertThat(rejected.getTopic()).isEqualTo(RAW);
        assertThat(rejected.getPartition()).isZero();
        assertThat(rejected.getOffset()).isEqualTo(offset);
        assertThat(rejected.getRejectedAt()).isEqualTo(NOW);
        assertThat(rejected.getErrorClass()).as("error class").isNotBlank();
        assertThat(rejected.getReason()).as("reason").startsWith("undecodable record: ").hasSizeLessThanOrEqualTo(501)
                .doesNotContain("\n", "\tat ");
        assertThat(rejected.getReason().substring("undecodable record: ".length())).as("reason").isNotBlank();
    }

    // ---- the driver and topics

    private TopologyTestDriver driver() {
        return new TopologyTestDriver(EnrichTopology.build(SERDES, new PassThroughEnricher(CLOCK), CLOCK),
                EnrichTopology.streamsConfig("enrich-hostile-test", "unused:9092", stateDir));
    }

    private static TestInputTopic<byte[], byte[]> rawBytes(TopologyTestDriver driver) {
        return driver.createInputTopic(RAW, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static TestOutputTopic<String, Rejected> dlq(TopologyTestDriver driver) {
        return driver.createOutputTopic(TOPICS.enrichDlq().name(), SERDES.key().deserializer(), SERDES.rejected().deserializer());
    }

    private static TestOutputTopic<String, EnrichedArticle> enriched(TopologyTestDriver driver) {
        return driver.createOutputTopic(TOPICS.articlesEnriched().name(), SERDES.key().deserializer(),
                SERDES.enrichedArticle().deserializer());
    }

    private static byte[] articleBytes(Article article) {
        return SERDES.article().serializer().serialize(RAW, article);
    }

    /** Bytes this thread allocated meanwhile: the test driver processes the record on the calling thread. */
    private static long allocatedWhile(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    // ---- bytes

    private static byte[] key(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An Avro string: zig-zag varint length, then UTF-8. */
    private static byte[] string(String text) {
        return concat(varint(text.length()), bytes(text));
    }

    /** Avro's zig-zag variable-length long. */
    private static byte[] varint(long value) {
        long zigzag = (value << 1) ^ (value >> 63);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while ((zigzag & ~0x7FL) != 0) {
            out.write((int) ((zigzag & 0x7F) | 0x80));
            zigzag >>>= 7;
        }
        out.write((int) zigzag);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static byte[] withFirstByte(byte[] bytes, byte first) {
        byte[] copy = bytes.clone();
        copy[0] = first;
        return copy;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
