package io.newsflow.sink.topology;

import static io.newsflow.sink.topology.EnrichedArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.CountryTone;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityMention;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.LocationMention;
import io.newsflow.schemas.registry.InMemorySchemaRegistryClient;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.sink.config.SinkConfig;
import io.newsflow.sink.watch.WatchList;
import io.newsflow.sink.watch.WatchRule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkTopologyTest {

    private static final String SCOPE = "sink-topology-test";
    private static final Instant NOW = Instant.parse("2026-11-25T12:30:00Z");
    private static final WatchList WATCH = new WatchList(List.of(
            new WatchRule("iraq", Set.of("islamic state"), Set.of("IQ"), -0.3),
            new WatchRule("soleimani", Set.of("qassem soleimani"), Set.of(), -0.1)));

    private final NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, RegistryConfig.MOCK_SCHEME + SCOPE));
    private final TopicCatalog topics = new TopicCatalog(serdes);

    @TempDir
    Path stateDir;

    @AfterEach
    void forget() {
        InMemorySchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void shouldWriteOneRecordPerArticleAndEntityKeyedByNormalisedNameAndType() {
        try (TopologyTestDriver driver = driver(false)) {
            input(driver).pipeInput("a-1", article("a-1").publishedAt("2016-11-06T10:00:00Z").person("Qassem Soléimani")
                    .organisation("Islamic State").tone(-0.4f, -3f).build());

            List<KeyValue<String, EntityMention>> mentions = output(driver, topics.entities()).readKeyValuesToList();
            assertThat(mentions).extracting(kv -> kv.key).containsExactly("qassem soleimani|PERSON", "islamic state|ORGANIZATION");
            EntityMention first = mentions.get(0).value;
            assertThat(first.getEntity()).isEqualTo("Qassem Soléimani");
            assertThat(first.getType()).isEqualTo(EntityType.PERSON);
            assertThat(first.getArticleId()).isEqualTo("a-1");
            assertThat(first.getTitle()).isEqualTo("Title of a-1");
            assertThat(first.getUrl()).isEqualTo("https://example.org/a-1");
            assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2016-11-06T10:00:00Z"));
            assertThat(first.getMentions()).isEqualTo(2);
            assertThat(first.getSalience()).isEqualTo(0.5f);
            assertThat(first.getSentimentScore()).isEqualTo(-0.4f);
            assertThat(output(driver, topics.entities()).isEmpty()).isTrue();
        }
    }

    @Test
    void shouldWriteOneRecordPerPlaceKeyedByCountryWithUnresolvedPlacesUnderZz() {
        try (TopologyTestDriver driver = driver(false)) {
            input(driver).pipeInput("a-1", article("a-1").publishedAt("2016-11-06T10:00:00Z")
                    .place("Mosul", "IQ", 36.34, 43.12).place("Tehran", "IR", 35.69, 51.42).unresolvedPlace("Atlantis")
                    .tone(-0.4f, -3f).build());

            TestOutputTopic<String, LocationMention> locations = output(driver, topics.locations());
            List<KeyValue<String, LocationMention>> places = locations.readKeyValuesToList();
            assertThat(places).extracting(kv -> kv.key).containsExactly("IQ", "IR", ArticleViews.UNKNOWN_COUNTRY);
            LocationMention mosul = places.get(0).value;
            assertThat(mosul.getPlace()).isEqualTo("Mosul");
            assertThat(mosul.getLatitude()).isEqualTo(36.34);
            assertThat(mosul.getLongitude()).isEqualTo(43.12);
            assertThat(mosul.getCountryCode()).isEqualTo("IQ");
            assertThat(mosul.getGeonamesId()).isEqualTo(1000L);
            assertThat(mosul.getArticleId()).isEqualTo("a-1");
            assertThat(mosul.getTone()).isEqualTo(-3f);
            assertThat(mosul.getSentimentScore()).isEqualTo(-0.4f);
            assertThat(places.get(2).value.getCountryCode()).isNull();
            assertThat(locations.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldProduceNothingForAnArticleWithoutEntitiesOrPlaces() {
        try (TopologyTestDriver driver = driver(true)) {
            input(driver).pipeInput("a-1", article("a-1").publishedAt("2016-11-06T10:00:00Z").tone(-0.9f, -9f).build());
            input(driver).pipeInput("a-2", article("a-2").publishedAt("2016-11-07T10:00:00Z").tone(-0.9f, -9f).build());

            for (String topic : driver.producedTopicNames()) {
                if (!topic.contains("-repartition") && !topic.endsWith("-changelog")) {
                    assertThat(driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer()).isEmpty())
                            .as(topic).isTrue();
                }
            }
        }
    }

    @Test
    void shouldEmitEachWindowsFinalEntityCountsOnceWhenItClosesWithTheTopRanked() {
        try (TopologyTestDriver driver = driver(false)) {
            TestInputTopic<String, EnrichedArticle> in = input(driver);
            TestOutputTopic<String, EntityTrend> trends = output(driver, topics.trendsEntities());
            in.pipeInput("a-1", article("a-1").publishedAt("2016-11-06T10:01:00Z").person("Ann Lee").organisation("Acme").build());
            in.pipeInput("a-2", article("a-2").publishedAt("2016-11-06T10:05:00Z").person("Ann Lee").person("Bo Chen").build());
            in.pipeInput("a-3", article("a-3").publishedAt("2016-11-06T10:14:59Z").person("Bo Chen").person("Ann Lee").build());
            in.pipeInput("a-4", article("a-4").publishedAt("2016-11-06T10:19:59Z").person("Cy Diaz").build());
            assertThat(trends.isEmpty()).as("window 10:00–10:15 still within its 5 minutes of grace").isTrue();

            in.pipeInput("a-5", article("a-5").publishedAt("2016-11-06T10:20:00Z").person("Cy Diaz").build());
            driver.advanceWallClockTime(Duration.ofMillis(100));

            List<KeyValue<String, EntityTrend>> closed = trends.readKeyValuesToList();
            assertThat(closed).extracting(kv -> kv.key).containsExactly("ann lee|PERSON", "bo chen|PERSON", "acme|ORGANIZATION");
            assertThat(closed).extracting(kv -> kv.value.getArticles()).containsExactly(3L, 2L, 1L);
            assertThat(closed).extracting(kv -> kv.value.getRank()).containsExactly(1, 2, null);
            assertThat(closed).extracting(kv -> kv.value.getEntity()).containsExactly("Ann Lee", "Bo Chen", "Acme");
            assertThat(closed).allSatisfy(kv -> {
                assertThat(kv.value.getWindowStart()).isEqualTo(Instant.parse("2016-11-06T10:00:00Z"));
                assertThat(kv.value.getWindowEnd()).isEqualTo(Instant.parse("2016-11-06T10:15:00Z"));
            });
            assertThat(trends.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldCountALateArticleWithinTheGracePeriodAndDropOneAfterIt() {
        try (TopologyTestDriver driver = driver(false)) {
            TestInputTopic<String, EnrichedArticle> in = input(driver);
            TestOutputTopic<String, EntityTrend> trends = output(driver, topics.trendsEntities());
            in.pipeInput("a-1", article("a-1").publishedAt("2016-11-06T10:01:00Z").person("Ann Lee").build());
            in.pipeInput("a-2", article("a-2").publishedAt("2016-11-06T10:17:00Z").person("Bo Chen").build());
            // out of order, but the window 10:00–10:15 is open until 10:20 of stream time
            in.pipeInput("a-3", article("a-3").publishedAt("2016-11-06T10:02:00Z").person("Ann Lee").build());
            in.pipeInput("a-4", article("a-4").publishedAt("2016-11-06T10:21:00Z").person("Bo Chen").build());
            // too late: stream time is 10:21, past 10:15 + 5 minutes
            in.pipeInput("a-5", article("a-5").publishedAt("2016-11-06T10:03:00Z").person("Ann Lee").build());
            in.pipeInput("a-6", article("a-6").publishedAt("2016-11-06T10:40:00Z").person("Cy Diaz").build());
            driver.advanceWallClockTime(Duration.ofMillis(100));

            List<EntityTrend> closed = trends.readValuesToList();
            assertThat(closed).extracting(t -> t.getEntity() + " " + t.getWindowStart() + " " + t.getArticles())
                    .containsExactly("Ann Lee 2016-11-06T10:00:00Z 2", "Bo Chen 2016-11-06T10:15:00Z 2");
            assertThat(trends.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldAverageToneByCountryCountingEachArticleOncePerClosedWindow() {
        try (TopologyTestDriver driver = driver(false)) {
            TestInputTopic<String, EnrichedArticle> in = input(driver);
            TestOutputTopic<String, CountryTone> tone = output(driver, topics.toneByCountry());
            in.pipeInput("a-1", article("a-1").publishedAt("2016-11-06T10:01:00Z").place("Mosul", "IQ", 36.3, 43.1)
                    .place("Baghdad", "IQ", 33.3, 44.4).place("Tehran", "IR", 35.7, 51.4).tone(-0.6f, -6f).build());
            in.pipeInput("a-2", article("a-2").publishedAt("2016-11-06T10:02:00Z").place("Erbil", "IQ", 36.2, 44.0)
                    .tone(0.2f, 2f).build());
            in.pipeInput("a-3", article("a-3").publishedAt("2016-11-06T10:30:00Z").place("Paris", "FR", 48.9, 2.35).build());

            List<KeyValue<String, CountryTone>> closed = tone.readKeyValuesToList();
            assertThat(closed).extracting(kv -> kv.key).containsExactly("IQ", "IR");
            CountryTone iraq = closed.get(0).value;
            assertThat(iraq.getCountryCode()).isEqualTo("IQ");
            assertThat(iraq.getArticles()).isEqualTo(2L);
            assertThat(iraq.getMeanTone()).isCloseTo(-2.0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(iraq.getMeanScore()).isCloseTo(-0.2, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(iraq.getWindowStart()).isEqualTo(Instant.parse("2016-11-06T10:00:00Z"));
            assertThat(iraq.getWindowEnd()).isEqualTo(Instant.parse("2016-11-06T10:15:00Z"));
            assertThat(closed.get(1).value.getArticles()).isEqualTo(1L);
            assertThat(tone.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldAlertANegativeArticleOncePerWatchListRuleItMatches() {
        try (TopologyTestDriver driver = driver(false)) {
            TestInputTopic<String, EnrichedArticle> in = input(driver);
            TestOutputTopic<String, Alert> alerts = output(driver, topics.alerts());
            in.pipeInput("a-1", article("a-1").publishedAt("2016-11-06T10:01:00Z").person("Qassem Soleimani")
                    .organisation("Islamic State").place("Mosul", "IQ", 36.3, 43.1).tone(-0.5f, -5f).build());
            in.pipeInput("a-2", article("a-2").publishedAt("2016-11-06T10:02:00Z").organisation("ISLAMIC  STATE")
                    .tone(-0.2f, -2f).build()); // above the iraq rule's -0.3
            in.pipeInput("a-3", article("a-3").publishedAt("2016-11-06T10:03:00Z").person("Qassem Soleimani")
                    .tone(0.4f, 4f).build()); // positive

            List<KeyValue<String, Alert>> fired = alerts.readKeyValuesToList();
            assertThat(fired).extracting(kv -> kv.key).containsExactly("a-1", "a-1");
            assertThat(fired.get(0).value.getRule()).isEqualTo("iraq");
            assertThat(fired.get(0).value.getMatched()).containsExactly("Islamic State", "IQ");
            assertThat(fired.get(1).value.getRule()).isEqualTo("soleimani");
            assertThat(fired.get(1).value.getMatched()).containsExactly("Qassem Soleimani");
            assertThat(fired.get(0).value.getSentimentScore()).isEqualTo(-0.5f);
            assertThat(fired.get(0).value.getFiredAt()).isEqualTo(NOW);
            assertThat(fired.get(0).value.getTitle()).isEqualTo("Title of a-1");
            assertThat(alerts.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldMirrorEveryOutputAsPlainJsonWhenAsked() throws Exception {
        try (TopologyTestDriver driver = driver(true)) {
            TestInputTopic<String, EnrichedArticle> in = input(driver);
            in.pipeInput("a-1", article("a-1").publishedAt("2016-11-06T10:01:00Z").person("Qassem Soleimani")
                    .place("Mosul", "IQ", 36.34, 43.12).tone(-0.5f, -5f).build());
            // a later article with an entity and a place closes the first window of trends and of tone
            in.pipeInput("a-2", article("a-2").publishedAt("2016-11-06T11:00:00Z").organisation("Acme")
                    .place("Lyon", "FR", 45.76, 4.84).tone(0.5f, 5f).build());
            driver.advanceWallClockTime(Duration.ofMillis(100));

            ObjectMapper json = new ObjectMapper();
            Map<String, List<KeyValue<String, String>>> mirrors = new java.util.TreeMap<>();
            for (String topic : SinkTopology.mirrorTopics()) {
                mirrors.put(topic, driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer())
                        .readKeyValuesToList());
            }
            JsonNode mention = json.readTree(mirrors.get("news.entities.json").get(0).value);
            assertThat(mirrors.get("news.entities.json").get(0).key).isEqualTo("qassem soleimani|PERSON");
            assertThat(mention.get("entity").asText()).isEqualTo("Qassem Soleimani");
            assertThat(mention.get("type").asText()).isEqualTo("PERSON");
            assertThat(mention.get("url").asText()).isEqualTo("https://example.org/a-1");
            assertThat(mention.get("publishedAt").asText()).isEqualTo("2016-11-06T10:01:00Z");
            JsonNode place = json.readTree(mirrors.get("news.locations.json").get(0).value);
            assertThat(place.get("latitude").asDouble()).isEqualTo(36.34);
            assertThat(place.get("admin1").isNull()).isTrue();
            JsonNode trend = json.readTree(mirrors.get("news.trends.entities.json").get(0).value);
            assertThat(trend.get("windowStart").asText()).isEqualTo("2016-11-06T10:00:00Z");
            assertThat(trend.get("rank").asInt()).isEqualTo(1);
            JsonNode tone = json.readTree(mirrors.get("news.tone.by-country.json").get(0).value);
            assertThat(tone.get("countryCode").asText()).isEqualTo("IQ");
            assertThat(tone.get("meanTone").asDouble()).isEqualTo(-5.0);
            JsonNode alert = json.readTree(mirrors.get("news.alerts.json").get(0).value);
            assertThat(alert.get("matched").get(0).asText()).isEqualTo("IQ");
            assertThat(mirrors.get("news.entities.json")).hasSize(2);
            assertThat(mirrors.get("news.locations.json")).hasSize(2);
            assertThat(mirrors.get("news.trends.entities.json")).hasSize(1);
            assertThat(mirrors.get("news.tone.by-country.json")).hasSize(1);
            assertThat(mirrors.get("news.alerts.json")).hasSize(2); // both rules fire for a-1
            for (String topic : SinkTopology.mirrorTopics()) {
                assertThat(driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer()).isEmpty()).isTrue();
            }
        }
    }

    @Test
    void shouldKeepTheLatestArticlesOfEachPartitionNewestFirstUpToTheLimit() {
        try (TopologyTestDriver driver = driver(false)) {
            TestInputTopic<String, EnrichedArticle> in = input(driver);
            for (int i = 1; i <= 5; i++) {
                in.pipeInput("a-" + i, article("a-" + i).publishedAt("2016-11-06T10:00:00Z")
                        .enrichedAt("2026-11-25T12:00:0" + i + "Z").build());
            }

            KeyValueStore<String, EnrichedArticle> latest = driver.getKeyValueStore(LatestArticles.STORE);
            List<String> ids = new ArrayList<>();
            try (KeyValueIterator<String, EnrichedArticle> all = latest.all()) {
                all.forEachRemaining(kv -> ids.add(kv.value.getArticle().getId()));
            }
            assertThat(ids).containsExactly("a-5", "a-4", "a-3");
        }
    }

    @Test
    void shouldCountAnArticleDatedAfterItsOwnIngestionAtItsIngestionTime() {
        EnrichedArticle future = article("a-1").publishedAt("2026-11-26T09:00:00Z").person("Ann Lee").build();
        EnrichedArticle undated = article("a-2").publishedAt(null).build();
        EnrichedArticle dated = article("a-3").publishedAt("2016-11-06T10:00:00Z").build();

        assertThat(ArticleViews.eventTime(future)).isEqualTo(future.getArticle().getIngestedAt());
        assertThat(ArticleViews.eventTime(undated)).isEqualTo(undated.getArticle().getIngestedAt());
        assertThat(ArticleViews.eventTime(dated)).isEqualTo(Instant.parse("2016-11-06T10:00:00Z"));
    }

    /** Where the skipped record goes (news.sink.dlq, by Kafka Streams itself) is checked on a real broker: SinkIT. */
    @Test
    void shouldSkipAnUndecodableRecordAndGoOn() {
        try (TopologyTestDriver driver = driver(false)) {
            TestInputTopic<String, byte[]> bytes = driver.createInputTopic(topics.articlesEnriched().name(),
                    serdes.key().serializer(), new ByteArraySerializer());
            bytes.pipeInput("bad-1", new byte[] {7, 0, 0, 0, 1, 2, 3});
            input(driver).pipeInput("a-1", article("a-1").publishedAt("2016-11-06T10:00:00Z").person("Ann Lee").build());

            TestOutputTopic<String, EntityMention> entities = output(driver, topics.entities());
            assertThat(entities.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("ann lee|PERSON");
            assertThat(entities.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldStopInsteadOfSkippingARecordWhenTheRegistryIsUnreachable() throws Exception {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        NewsSerdes unreachable = NewsSerdes.create(Map.of(RegistryConfig.URL, "http://127.0.0.1:" + closedPort,
                RegistryConfig.RETRY_TIMEOUT_MS, "0"));
        try (TopologyTestDriver driver = driver(false, unreachable)) {
            TestInputTopic<String, byte[]> bytes = driver.createInputTopic(topics.articlesEnriched().name(),
                    serdes.key().serializer(), new ByteArraySerializer());
            byte[] good = serdes.enrichedArticle().serializer().serialize(topics.articlesEnriched().name(),
                    article("a-1").publishedAt("2016-11-06T10:00:00Z").person("Ann Lee").build());

            assertThatThrownBy(() -> bytes.pipeInput("a-1", good)).hasStackTraceContaining("Schema registry unreachable");

            assertThat(output(driver, topics.entities()).isEmpty()).isTrue();
        }
    }

    private TopologyTestDriver driver(boolean jsonMirrors) {
        return driver(jsonMirrors, serdes);
    }

    private TopologyTestDriver driver(boolean jsonMirrors, NewsSerdes serdes) {
        SinkTopology.Settings settings = new SinkTopology.Settings(Duration.ofMinutes(15), Duration.ofMinutes(5), 2, WATCH,
                jsonMirrors, 3);
        SinkConfig config = SinkConfig.load(Optional.empty(), Map.of(), Map.of("bootstrap.servers", "unused:9092",
                "schema.registry.url", RegistryConfig.MOCK_SCHEME + SCOPE, "sink.state.dir", stateDir.toString()));
        Properties props = SinkTopology.streamsConfig(config);
        return new TopologyTestDriver(SinkTopology.build(settings, serdes, Clock.fixed(NOW, ZoneOffset.UTC)), props);
    }

    private TestInputTopic<String, EnrichedArticle> input(TopologyTestDriver driver) {
        return driver.createInputTopic(topics.articlesEnriched().name(), serdes.key().serializer(),
                serdes.enrichedArticle().serializer());
    }

    private static <V> TestOutputTopic<String, V> output(TopologyTestDriver driver, Topic<String, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }
}
