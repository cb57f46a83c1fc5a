package io.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackIT {

    private static final String SCHEMA = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Probe\\\","
            + "\\\"fields\\\":[{\\\"name\\\":\\\"a\\\",\\\"type\\\":\\\"string\\\"}]}\"}";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldServeKafkaAndRegistryAndKeepSchemasAndRecordsAcrossRestarts(@TempDir Path dir) throws Exception {
        StackOptions options = options(dir);
        int id;
        try (LocalStack stack = LocalStack.start(options, List.of(TopicSpec.of("probe", 3)))) {
            produce(stack.bootstrapServers(), "probe", "k", "hello");
            assertThat(consumeAll(stack.bootstrapServers(), "probe", 1)).containsExactly("hello");
            HttpResponse<String> registered = post(stack.registryUrl() + "/subjects/probe-value/versions", SCHEMA);
            assertThat(registered.statusCode()).isEqualTo(200);
            id = Integer.parseInt(registered.body().replaceAll("\\D+", ""));
            assertThat(get(stack.registryUrl() + "/config").body()).contains("BACKWARD");
        }
        try (LocalStack again = LocalStack.start(options, List.of(TopicSpec.of("probe", 3)))) {
            assertThat(consumeAll(again.bootstrapServers(), "probe", 1)).containsExactly("hello");
            HttpResponse<String> schema = get(again.registryUrl() + "/schemas/ids/" + id);
            assertThat(schema.statusCode()).isEqualTo(200);
            assertThat(schema.body()).contains("Probe");
        }
    }

    @Test
    void shouldStopItsChildProcessesWhenClosed(@TempDir Path dir) {
        List<Long> pids;
        try (LocalStack stack = LocalStack.start(options(dir), List.of())) {
            pids = stack.pids();
            assertThat(pids).allMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        }
        assertThat(pids).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void shouldRefuseAPortThatIsTaken(@TempDir Path dir) throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int[] ports = LocalStack.freePorts(2);
            StackOptions options = StackOptions.defaults(dir).withKafkaPort(taken.getLocalPort(), ports[0])
                    .withRegistryPort(ports[1]);
            assertThatThrownBy(() -> LocalStack.start(options, List.of()))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort());
        }
    }

    private static StackOptions options(Path dir) {
        int[] ports = LocalStack.freePorts(3);
        return StackOptions.defaults(dir).withKafkaPort(ports[0], ports[1]).withRegistryPort(ports[2]);
    }

    private static void produce(String bootstrap, String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> consumeAll(String bootstrap, String topic, int expected) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
                return values.size() >= expected;
            });
        }
        return values;
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
