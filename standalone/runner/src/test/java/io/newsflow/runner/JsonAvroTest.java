package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.Article;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class JsonAvroTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldConvertPlainJsonWithDefaultsUnionsAndIsoTimestamps() throws Exception {
        GenericRecord record = JsonAvro.record(JSON.readTree("""
                {"id":"x1","source":"cli","title":"T","body":"B","format":"jsonl",
                 "url":"https://example.org/a","publishedAt":"2016-11-06T00:00:00Z","ingestedAt":1700000000000}
                """), Article.getClassSchema());

        assertThat(record.get("url")).isEqualTo("https://example.org/a");
        assertThat(record.get("publishedAt")).isEqualTo(1478390400000L);
        assertThat(record.get("summary")).isNull();
        assertThat((Iterable<?>) record.get("authors")).isEmpty();
    }

    @Test
    void shouldNameTheFieldThatDoesNotFit() {
        assertThatThrownBy(() -> JsonAvro.record(JSON.readTree("{\"id\":1}"), Article.getClassSchema()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Article.id");
        assertThatThrownBy(() -> JsonAvro.record(JSON.readTree("{\"id\":\"a\"}"), Article.getClassSchema()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Article.source: required field is missing");
    }
}
