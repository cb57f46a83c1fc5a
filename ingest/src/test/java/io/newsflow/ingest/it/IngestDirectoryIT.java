package io.newsflow.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.source.IngestStats;
import io.newsflow.ingest.source.Ingester;
import io.newsflow.schemas.fixtures.CatalogTopics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Rejected;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.SharedStack;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestDirectoryIT {

    private static LocalStack stack;
    private static NewsSerdes serdes;

    @BeforeAll
    static void topics() {
        stack = SharedStack.get();
        stack.ensureTopics(CatalogTopics.specs());
        serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()));
    }

    @Test
    void shouldPublishEachDistinctArticleOnceRejectTheBrokenAndPublishNothingOnReplay(@TempDir Path dir) throws Exception {
        MixedCorpus.write(dir);
        TopicCatalog topics = new TopicCatalog(serdes);
        try (TopicReader<Article> raw = new TopicReader<>(stack.bootstrapServers(), TopicCatalog.ARTICLES_RAW, topics.articlesRaw().valueSerde().deserializer());
             TopicReader<Rejected> rejected = new TopicReader<>(stack.bootstrapServers(), TopicCatalog.ARTICLES_REJECTED,
                     topics.articlesRejected().valueSerde().deserializer())) {
            var rawMark = raw.mark();
            var rejectedMark = rejected.mark();

            IngestStats first = ingest(dir);

            assertThat(first.summary()).isEqualTo("ingested=990 duplicates=10 rejected=10");
            List<ConsumerRecord<String, Article>> articles = raw.since(rawMark);
            assertThat(articles).hasSize(MixedCorpus.DISTINCT);
            assertThat(articles.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).hasSize(MixedCorpus.DISTINCT);
            assertThat(articles).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()));
            Set<String> formats = articles.stream().map(r -> r.value().getFormat()).collect(Collectors.toSet());
            assertThat(formats).containsExactlyInAnyOrder("text", "jsonl", "ninjs", "rss", "atom");
            List<ConsumerRecord<String, Rejected>> refused = rejected.since(rejectedMark);
            assertThat(refused).hasSize(MixedCorpus.BROKEN);
            assertThat(refused).allSatisfy(r -> {
                assertThat(r.value().getReason()).isNotBlank();
                assertThat(r.value().getPayload().remaining()).isPositive();
                assertThat(r.value().getTopic()).startsWith(dir.toString());
            });

            var rawAfterFirst = raw.mark();
            var rejectedAfterFirst = rejected.mark();
            IngestStats replay = ingest(dir);

            assertThat(replay.summary()).isEqualTo("ingested=0 duplicates=1010 rejected=0");
            assertThat(raw.since(rawAfterFirst)).isEmpty();
            assertThat(rejected.since(rejectedAfterFirst)).isEmpty();
        }
    }

    /** A fresh service each time, as a restarted process would be: its memory comes from Kafka alone. */
    private static IngestStats ingest(Path dir) {
        IngestConfig config = IngestConfig.load(Optional.empty(), Map.of(), Map.of("bootstrap.servers", stack.bootstrapServers(),
                "schema.registry.url", stack.registryUrl(), "ingest.batch.articles", "100"));
        try (IngestService service = IngestService.start(config, Clock.systemUTC())) {
            Ingester ingester = new Ingester(service.ingestion(), service.readers(), Optional.empty(), "local", 100, new IngestStats());
            ingester.ingestPath(dir);
            return ingester.stats();
        }
    }
}
