package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.io.IOException;
import java.io.InputStream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * Every published version of a value schema stays readable: the registry runs BACKWARD, so a change that breaks
 * this would be refused at deploy time; this test refuses it at build time instead.
 */
class SchemaHistoryTest {

    @Test
    void shouldReadEnrichedArticlesWrittenWithTheFirstVersion() throws IOException {
        Schema first = history("EnrichedArticle-v1.avsc");

        var result = SchemaCompatibility.checkReaderWriterCompatibility(EnrichedArticle.getClassSchema(), first);

        assertThat(result.getType()).as(result.getDescription()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    private static Schema history(String file) throws IOException {
        try (InputStream in = SchemaHistoryTest.class.getResourceAsStream("history/" + file)) {
            return new Schema.Parser().parse(in);
        }
    }
}
