package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeenIdsSettingsTest {

    @Test
    void shouldGiveTheConsumerTheClientSettingsUnderItsOwn() {
        Map<String, Object> consumer = SeenIds.consumerConfig("k:9094", Map.of("security.protocol", "SSL",
                "ssl.truststore.location", "/ca.p12", "client.id", "theirs"));

        assertThat(consumer).containsEntry("security.protocol", "SSL").containsEntry("ssl.truststore.location", "/ca.p12")
                .containsEntry("bootstrap.servers", "k:9094").containsEntry("isolation.level", "read_committed")
                .containsEntry("enable.auto.commit", false).containsEntry("client.id", "newsflow-ingest-seen");
    }
}
