package io.newsflow.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.config.IngestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaIngestionSettingsTest {

    @Test
    void shouldGiveTheProducerTheClientSettingsUnderItsOwn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ingest.properties"), """
                bootstrap.servers=k:9094
                schema.registry.url=http://r:8081
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="u" password="p";
                ssl.truststore.location=/etc/newsflow/ca.p12
                client.id=theirs
                compression.type=zstd
                """);
        IngestConfig config = IngestConfig.load(Optional.of(file), Map.of(), Map.of());

        Map<String, Object> producer = KafkaIngestion.producerConfig(config.bootstrapServers(), config.kafkaClient(), "prefix");

        assertThat(producer).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/newsflow/ca.p12").containsKey("sasl.jaas.config")
                .containsEntry("bootstrap.servers", "k:9094").containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .containsEntry("client.id", "newsflow-ingest").containsEntry("compression.type", "lz4");
        assertThat(producer.get("transactional.id").toString()).startsWith("prefix-");
    }
}
