package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityMention;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.stack.BrokerSecurity;
import io.newsflow.stack.LocalStack;
import io.newsflow.stack.StackOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security: the pipeline (ingest, enrich, sink as processes) against a broker that takes clients only with
 * SASL/SCRAM-SHA-512 over TLS, its certificate signed by a CA made for the test; every Kafka setting comes from
 * the services' properties files. A wrong password is refused with a clear message, and no password of the run
 * appears in any output of any process.
 */
class SecuredKafkaIT {

    private static final int ARTICLES = 200;

    @Test
    void shouldRunThePipelineOverSaslScramWithTlsAndRefuseAWrongPasswordClearly(@TempDir Path dir) throws Exception {
        String suffix = Long.toHexString(System.nanoTime());
        String scramPassword = "scram-" + suffix;
        String wrongPassword = "wrong-" + suffix;
        ThrowawayCertificates certificates = ThrowawayCertificates.create(Files.createDirectories(dir.resolve("tls")),
                "keystore-" + suffix, "truststore-" + suffix);
        int[] ports = LocalStack.freePorts(4);
        BrokerSecurity security = new BrokerSecurity(ports[3], certificates.brokerKeystore(), certificates.keystorePassword(),
                "newsflow", scramPassword);
        StackOptions options = StackOptions.defaults(dir.resolve("stack")).withKafkaPort(ports[0], ports[1])
                .withRegistryPort(ports[2]).withApicurioHome(Path.of(System.getProperty("newsflow.apicurio.home")))
                .withSecurity(security);
        try (LocalStack stack = LocalStack.start(options, StackLauncher.catalogTopics());
             NewsSerdes serdes = NewsSerdes.create(Map.of(RegistryConfig.URL, stack.registryUrl()))) {
            TopicCatalog topics = new TopicCatalog(serdes);
            Map<String, String> client = clientSettings(certificates, security.user(), scramPassword);
            Path config = properties(dir.resolve("secured.properties"), client, "session.timeout.ms", "6000");
            List<String> connection = List.of("--config", config.toString(), "--bootstrap-servers", security.bootstrapServers(),
                    "--schema-registry-url", stack.registryUrl());
            Path articles = dir.resolve("articles");
            ShortArticles.writeDirectory(articles, "secured-" + suffix, ARTICLES, 2, Instant.now().minus(5, ChronoUnit.MINUTES));
            List<RunnerProcess> all = new ArrayList<>();

            RunnerProcess refused = start(all, dir, "ingest-wrong", RunnerProcess.args(List.of("ingest", "--no-progress", "--config",
                    properties(dir.resolve("wrong.properties"), clientSettings(certificates, security.user(), wrongPassword)).toString(),
                    "--bootstrap-servers", security.bootstrapServers(), "--schema-registry-url", stack.registryUrl(),
                    articles.toString()), List.of()));
            assertThat(refused.waitFor(120)).as("ingest with a wrong password").isNotZero();
            assertThat(refused.stderr()).contains("refused the credentials").contains("SCRAM-SHA-512").doesNotContain("\tat ");

            RunnerProcess ingest = start(all, dir, "ingest", RunnerProcess.args(List.of("ingest", "--no-progress", articles.toString()), connection));
            assertThat(ingest.waitFor(300)).as(ingest.stderr()).isZero();
            try (RunnerProcess enrich = start(all, dir, "enrich", RunnerProcess.args(List.of("enrich", "--state-dir", dir.resolve("enrich-state").toString()), connection));
                 RunnerProcess sink = start(all, dir, "sink", RunnerProcess.args(List.of("sink", "--state-dir", dir.resolve("sink-state").toString()), connection));
                 CommittedReader<String, EnrichedArticle> enriched = reader(security, client, topics.articlesEnriched());
                 CommittedReader<String, EntityMention> entities = reader(security, client, topics.entities())) {
                Map<String, Integer> perArticle = new HashMap<>();
                List<EnrichedArticle> done = new ArrayList<>();
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    assertThat(enrich.process().isAlive()).as(enrich.stderr()).isTrue();
                    assertThat(sink.process().isAlive()).as(sink.stderr()).isTrue();
                    enriched.poll().stream().map(ConsumerRecord::value).forEach(done::add);
                    entities.poll().forEach(r -> perArticle.merge(r.value().getArticleId(), 1, Integer::sum));
                    assertThat(done).hasSize(ARTICLES);
                    assertThat(perArticle).hasSize((int) done.stream().filter(a -> !a.getEntities().isEmpty()).count());
                });
                assertThat(done).extracting(a -> a.getArticle().getId()).doesNotHaveDuplicates();
            }
            for (RunnerProcess process : all) {
                String output = Files.readString(process.stderrLog()) + String.join("\n", process.lines());
                assertThat(output).as("output of " + process.name()).doesNotContain(scramPassword).doesNotContain(wrongPassword)
                        .doesNotContain(certificates.truststorePassword());
            }
        }
    }

    /** What every client of the pipeline needs for the secured listener, as Kafka's own client settings. */
    private static Map<String, String> clientSettings(ThrowawayCertificates certificates, String user, String password) {
        return Map.of("security.protocol", "SASL_SSL",
                "sasl.mechanism", BrokerSecurity.MECHANISM,
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                        + "\" password=\"" + password + "\";",
                "ssl.truststore.location", certificates.truststore().toString(),
                "ssl.truststore.password", certificates.truststorePassword(),
                "ssl.truststore.type", "PKCS12");
    }

    private static Path properties(Path file, Map<String, String> settings, String... more) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(settings);
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, null);
        }
        return file;
    }

    private static RunnerProcess start(List<RunnerProcess> all, Path dir, String name, List<String> command) throws Exception {
        RunnerProcess process = RunnerProcess.start(command, dir.resolve(name + ".err"));
        all.add(process);
        return process;
    }

    private static <V> CommittedReader<String, V> reader(BrokerSecurity security, Map<String, String> client, Topic<String, V> topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put("bootstrap.servers", security.bootstrapServers());
        return new CommittedReader<>(config, topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }
}
