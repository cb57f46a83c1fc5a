package io.newsflow.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.config.KafkaConnectionCheck;
import io.newsflow.schemas.serde.NewsSerdes;
import io.newsflow.schemas.serde.Subjects;
import io.newsflow.schemas.topics.TopicCatalog;
import io.newsflow.schemas.topics.TopicDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Produce JSON lines to a topic as Avro (Confluent wire format).",
                "",
                "Reads JSON values, one per line, converts each to the topic's Avro schema (the catalog's record "
                + "type, or the latest schema registered for <topic>-value) and produces them in Confluent wire "
                + "format with acks=all. Lines that do not fit the schema are reported with their line number."})
final class ProduceCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ConnectionOptions.ClientConfig clients;

    @Spec
    CommandSpec spec;

    @Option(names = "--topic", required = true, description = "The topic to write.")
    String topic;

    @Option(names = "--input", defaultValue = "-", paramLabel = "FILE", description = "JSON lines; - for stdin (default).")
    String input;

    @Option(names = "--key-field", defaultValue = "id", paramLabel = "NAME",
            description = "Top-level field whose value becomes the record key, when present. Default: ${DEFAULT-VALUE}")
    String keyField;

    @Override
    public Integer call() throws IOException {
        connection.require(spec);
        KafkaConnectionCheck.verify(connection.bootstrapServers, clients.settings().kafka());
        try (NewsSerdes serdes = NewsSerdes.create(clients.registry(connection.schemaRegistryUrl));
             KafkaProducer<String, GenericRecord> producer = producer(serdes);
             BufferedReader reader = open()) {
            Schema schema = valueSchema(serdes);
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            int failed = 0;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode json = JSON.readTree(line);
                    GenericRecord value = JsonAvro.record(json, schema);
                    String key = json.hasNonNull(keyField) ? json.get(keyField).asText() : null;
                    sent.add(producer.send(new ProducerRecord<>(topic, key, value)));
                } catch (IOException | IllegalArgumentException e) {
                    failed++;
                    System.err.println("line " + lineNumber + ": " + e.getMessage());
                }
            }
            int produced = awaitAll(sent);
            System.err.println("produced=" + produced + " failed=" + (failed + sent.size() - produced));
            return failed == 0 && produced == sent.size() ? 0 : 1;
        }
    }

    private Schema valueSchema(NewsSerdes serdes) {
        try {
            TopicDefinition definition = TopicCatalog.definition(topic);
            return SpecificData.get().getSchema(definition.valueType());
        } catch (IllegalArgumentException notInCatalog) {
            return serdes.registry().latest(Subjects.of(topic, false)).schema();
        }
    }

    private static int awaitAll(List<Future<RecordMetadata>> sent) {
        int acknowledged = 0;
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
                acknowledged++;
            } catch (ExecutionException e) {
                System.err.println("not acknowledged: " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private KafkaProducer<String, GenericRecord> producer(NewsSerdes serdes) {
        Map<String, Object> props = clients.kafka(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-produce"));
        return new KafkaProducer<>(props, new StringSerializer(), serdes.generic().serializer());
    }

    private BufferedReader open() throws IOException {
        return "-".equals(input)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    }
}
