package io.newsflow.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedFormatsTest {

    @Test
    void shouldRecogniseTheRssAndAtomFixtures() {
        assertThat(FeedFormats.detect(FeedFixtures.bytes("harbour-ledger.rss.xml"))).isEqualTo("rss");
        assertThat(FeedFormats.detect(FeedFixtures.bytes("northern-field-notes.atom.xml"))).isEqualTo("atom");
    }

    @Test
    void shouldRecogniseRdfFeedsAsRss() {
        assertThat(detect("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"/>"))
                .isEqualTo("rss");
    }

    @Test
    void shouldStillRecogniseAFeedThatBreaksAfterItsRoot() {
        // the reader, not detection, is the place to report where the XML breaks
        assertThat(FeedFormats.detect(FeedFixtures.bytes("malformed.rss.xml"))).isEqualTo("rss");
    }

    @Test
    void shouldRecogniseAFeedWithADoctypeWithoutResolvingIt() {
        assertThat(FeedFormats.detect(FeedFixtures.bytes("external-entity.rss.xml"))).isEqualTo("rss");
    }

    @Test
    void shouldSkipAByteOrderMarkCommentsAndProcessingInstructions() {
        String xml = "\uFEFF<?xml version=\"1.0\"?><!-- generated --><?xml-stylesheet href=\"s.xsl\"?>\n<rss version=\"2.0\"/>";

        assertThat(detect(xml)).isEqualTo("rss");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "plain text, not XML", "{\"title\": \"json\"}", "<html><body>page</body></html>",
            "<feed><title>no Atom namespace</title></feed>", "<rss:rss xmlns:rss=\"urn:other\"/>", "<RDF/>"})
    void shouldGiveNullForAnythingElse(String input) {
        assertThat(detect(input)).isNull();
    }

    @Test
    void shouldGiveNullForNull() {
        assertThat(FeedFormats.detect(null)).isNull();
    }

    private static String detect(String xml) {
        return FeedFormats.detect(xml.getBytes(StandardCharsets.UTF_8));
    }
}
