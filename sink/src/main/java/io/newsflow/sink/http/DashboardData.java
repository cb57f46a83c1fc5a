package io.newsflow.sink.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the dashboard shows, as the JSON its API answers (shapes in sink/README.md). */
public interface DashboardData {

    /** Newest first, each article once. */
    ObjectNode latestArticles(int limit);

    ObjectNode topEntities();

    ObjectNode tone();
}
