package io.newsflow.schemas.ops;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What {@code /health} answers: UP or DOWN for liveness and readiness, and details (the Kafka Streams state,
 * the producer's). Liveness fails only when the process cannot recover by itself (the restart policy should act);
 * readiness also fails while it cannot serve yet (starting, rebalancing).
 */
public record Health(boolean live, boolean ready, Map<String, String> details) {

    public ObjectNode json() {
        ObjectNode json = JsonNodeFactory.instance.objectNode()
                .put("status", live && ready ? "UP" : live ? "STARTING" : "DOWN")
                .put("live", live).put("ready", ready);
        details.forEach(json::put);
        return json;
    }
}
