package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * {@link PipelineScenario} on containers: Apache Kafka (KRaft, the apache/kafka image) and Confluent Schema
 * Registry on one Docker network, the registry reaching the broker through a listener for the network
 * ({@code kafka:19092}); the runner's processes, on the host, use the mapped ports. Without a Docker engine the
 * class is reported as skipped (disabled), not failed; {@link PipelineOnLocalStackIT} runs the same scenario there.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineInContainersIT {

    private static final String INTERNAL_BOOTSTRAP = "kafka:19092";
    private static final int REGISTRY_PORT = 8081;

    private static final Network NETWORK = Network.newNetwork();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.0"))
            .withNetwork(NETWORK)
            .withNetworkAliases("kafka")
            .withListener(INTERNAL_BOOTSTRAP);

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>(DockerImageName.parse("confluentinc/cp-schema-registry:7.9.0"))
            .withNetwork(NETWORK)
            .withNetworkAliases("schema-registry")
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + INTERNAL_BOOTSTRAP)
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
            .withExposedPorts(REGISTRY_PORT)
            .waitingFor(Wait.forHttp("/subjects").forPort(REGISTRY_PORT).forStatusCode(200)
                    .withStartupTimeout(Duration.ofMinutes(2)))
            .dependsOn(KAFKA);

    @BeforeAll
    static void topics() {
        PipelineScenario.ensureCatalogTopics(KAFKA.getBootstrapServers());
    }

    @Test
    void shouldCarryEveryArticleThroughIngestEnrichAndSinkExactlyOnce(@TempDir Path dir) throws Exception {
        String registryUrl = "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(REGISTRY_PORT);

        PipelineScenario.Outcome outcome = new PipelineScenario(KAFKA.getBootstrapServers(), registryUrl).run(dir);

        assertThat(outcome.articles()).isEqualTo(PipelineScenario.ARTICLES);
        System.out.println("PipelineInContainersIT: " + outcome);
    }
}
