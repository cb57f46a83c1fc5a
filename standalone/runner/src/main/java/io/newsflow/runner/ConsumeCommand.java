package io.newsflow.runner;

import io.newsflow.schemas.config.KafkaConnectionCheck;
import io.newsflow.schemas.serde.NewsSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "consume", mixinStandardHelpOptions = true,
        description = {"Print a topic's Avro values as JSON lines.",
                "",
                "Prints a topic's Avro values (Confluent wire format, decoded with the writer's schema from the "
                + "registry) as one JSON line each. Records that do not decode are reported on stderr and skipped."})
final class ConsumeCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ConnectionOptions.ClientConfig clients;

    @Spec
    CommandSpec spec;

    @Option(names = "--topic", required = true, description = "The topic to read.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the earliest offset instead of the end.")
    boolean fromBeginning;

    @Option(names = "--max-messages", defaultValue = "-1", paramLabel = "N", description = "Stop after N records.")
    long maxMessages;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Stop when nothing arrived for this long (ISO-8601, e.g. PT10S).")
    Duration idleTimeout;

    @Option(names = "--print-key", description = "Print `key<TAB>value`.")
    boolean printKey;

    @Override
    public Integer call() {
        connection.require(spec);
        KafkaConnectionCheck.verify(connection.bootstrapServers, clients.settings().kafka());
        try (NewsSerdes serdes = NewsSerdes.create(clients.registry(connection.schemaRegistryUrl));
             KafkaConsumer<String, GenericRecord> consumer = consumer(serdes)) {
            long printed = 0;
            Instant lastSeen = Instant.now();
            while (maxMessages < 0 || printed < maxMessages) {
                int batch = pollOnce(consumer, maxMessages < 0 ? Long.MAX_VALUE : maxMessages - printed);
                printed += batch;
                lastSeen = batch > 0 ? Instant.now() : lastSeen;
                if (idleTimeout != null && Instant.now().isAfter(lastSeen.plus(idleTimeout))) {
                    break;
                }
            }
            System.err.println("consumed=" + printed);
            return 0;
        }
    }

    private int pollOnce(KafkaConsumer<String, GenericRecord> consumer, long allowed) {
        int printed = 0;
        try {
            for (ConsumerRecord<String, GenericRecord> record : consumer.poll(Duration.ofMillis(500))) {
                if (printed >= allowed) {
                    break;
                }
                String value = record.value() == null ? "null" : GenericData.get().toString(record.value());
                System.out.println(printKey ? record.key() + "\t" + value : value);
                printed++;
            }
        } catch (RecordDeserializationException e) {
            System.err.println("skipping " + e.topicPartition() + "@" + e.offset() + ": " + e.getMessage()
                    + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
        System.out.flush();
        return printed;
    }

    private KafkaConsumer<String, GenericRecord> consumer(NewsSerdes serdes) {
        Map<String, Object> props = clients.kafka(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-consume"));
        KafkaConsumer<String, GenericRecord> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                serdes.generic().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.isEmpty()) {
            consumer.close();
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Topic " + topic + " does not exist");
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }
        return consumer;
    }
}
