package io.newsflow.ingest.reader;

import static io.newsflow.ingest.reader.FeedFixtures.article;
import static io.newsflow.ingest.reader.FeedFixtures.articles;
import static io.newsflow.ingest.reader.FeedFixtures.inline;
import static io.newsflow.ingest.reader.FeedFixtures.input;
import static io.newsflow.ingest.reader.FeedFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomReaderTest {

    private static final String FEED = "northern-field-notes.atom.xml";
    private final AtomReader reader = new AtomReader();

    @Test
    void shouldNameItsFormatAtom() {
        assertThat(reader.format()).isEqualTo("atom");
    }

    @Test
    void shouldGiveOneArticlePerEntry() {
        List<Item> items = reader.read(input(FEED));

        assertThat(items).hasSize(4).allMatch(Item.Parsed.class::isInstance);
        assertThat(articles(items)).extracting(Article::getSource).containsOnly("Northern Field Notes");
        assertThat(articles(items)).extracting(Article::getFormat).containsOnly("atom");
    }

    @Test
    void shouldReadHtmlContentWithItsSummaryAuthorsAndCategories() {
        Article article = article(reader.read(input(FEED)).get(0));

        assertThat(article.getTitle()).isEqualTo("Soil below 5 °C < sowing threshold, farmers told to wait");
        assertThat(article.getBody()).isEqualTo("Soil probes at twelve upland farms averaged 3.8 °C this week, short of the"
                + " temperature at which spring barley germinates reliably.\n\nAdvisers suggest holding back sowing for at least ten days.");
        assertThat(article.getSummary()).isEqualTo("Readings across the uplands are still too cold for spring barley.");
        assertThat(article.getUrl()).isEqualTo("https://fieldnotes.example/2024/04/cold-soil");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-04-10T06:45:00Z"));
        assertThat(article.getAuthors()).containsExactly("Ingrid Halvorsen", "Callum Reid");
        assertThat(article.getTags()).containsExactly("farming", "weather");
        assertThat(article.getLanguage()).isEqualTo("en");
        assertThat(article.getSource()).isEqualTo("Northern Field Notes");
        assertThat(article.getFormat()).isEqualTo("atom");
    }

    @Test
    void shouldReadXhtmlContentAnHtmlTitleAndTheEntrysOwnLanguage() {
        Article article = article(reader.read(input(FEED)).get(1));

        assertThat(article.getTitle()).isEqualTo("Ice returns to Lake Saimaa shallows");
        assertThat(article.getBody()).isEqualTo("A run of clear nights has put a thin skin of ice back on the shallow bays."
                + "\n\nRangers say the ringed seals are unaffected for now.");
        assertThat(article.getSummary()).isEqualTo("A late frost refroze the bays where ringed seals rest.");
        assertThat(article.getLanguage()).isEqualTo("fi");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-04-11T05:20:00Z"));
        assertThat(article.getUrl()).isEqualTo("https://fieldnotes.example/2024/04/saimaa-ice");
        assertThat(article.getTags()).containsExactly("Wildlife");
    }

    @Test
    void shouldUseTheSummaryAsBodyWhenAnEntryHasNoContent() {
        Article article = article(reader.read(input(FEED)).get(2));

        assertThat(article.getBody()).isEqualTo("The spring count of breeding curlews starts on 20 April and still needs"
                + " walkers for six moorland squares.");
        assertThat(article.getSummary()).isNull();
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-04-11T15:00:00Z"));
        assertThat(article.getAuthors()).containsExactly("Field Notes Desk");
        assertThat(article.getUrl()).isEqualTo("https://fieldnotes.example/2024/04/curlew-survey");
    }

    @Test
    void shouldKeepTheParagraphsOfPlainTextContentAndReadAnXhtmlTitle() {
        Article article = article(reader.read(input(FEED)).get(3));

        assertThat(article.getTitle()).isEqualTo("Hill road reopens after landslip");
        assertThat(article.getBody()).isEqualTo("The single-track road over the pass reopened at dawn after crews cleared the spoil."
                + "\n\nDrivers should expect temporary lights near the summit until May.");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-04-12T05:30:00Z"));
        assertThat(article.getAuthors()).containsExactly("Callum Reid");
        assertThat(article.getTags()).isEmpty();
    }

    @Test
    void shouldGiveEachEntryItsOwnXmlAsPayload() {
        byte[] payload = reader.read(input(FEED)).get(2).payload();

        assertThat(text(payload)).startsWith("<entry").contains("xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("Curlew survey").doesNotContain("Lake Saimaa");
        assertThat(XmlFeeds.parse(payload).getDocumentElement().getLocalName()).isEqualTo("entry");
    }

    @Test
    void shouldRejectOnlyTheEntryWithAnUnparseableDate() {
        List<Item> items = reader.read(inline(feed("""
                <entry><title>Bad date</title><summary>Text</summary><published>last Tuesday</published></entry>
                <entry><title>Good date</title><summary>Text</summary><updated>2024-04-01T12:00:00Z</updated></entry>""")));

        assertThat(items.get(0)).isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).contains("unparseable published \"last Tuesday\"");
            assertThat(text(broken.payload())).contains("Bad date").doesNotContain("Good date");
        });
        assertThat(article(items.get(1)).getPublishedAt()).isEqualTo(Instant.parse("2024-04-01T12:00:00Z"));
    }

    @Test
    void shouldRejectAnEntryWithNothingToRead() {
        List<Item> items = reader.read(inline(feed("<entry><id>urn:x</id><updated>2024-04-01T12:00:00Z</updated></entry>")));

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Broken.class,
                broken -> assertThat(broken.reason()).contains("no title, content or summary"));
    }

    @Test
    void shouldFallBackToTheSummaryWhenContentIsOutOfLine() {
        Item item = reader.read(inline(feed("""
                <entry><title>Video</title><summary>What the video shows.</summary>
                  <content type="video/mp4" src="https://example.org/v.mp4"/></entry>"""))).get(0);

        assertThat(article(item).getBody()).isEqualTo("What the video shows.");
    }

    @Test
    void shouldTakeTheFirstLinkWhenNoneIsAlternateAndTheLabelWhenACategoryHasNoTerm() {
        Item item = reader.read(inline(feed("""
                <entry><title>T</title><summary>S</summary>
                  <link rel="related" href="https://example.org/related"/><link rel="via" href="https://example.org/via"/>
                  <category label="Science"/></entry>"""))).get(0);

        assertThat(article(item).getUrl()).isEqualTo("https://example.org/related");
        assertThat(article(item).getTags()).containsExactly("Science");
    }

    @Test
    void shouldTurnMalformedXmlIntoOneBrokenItemWithTheWholeInput() {
        Input input = input("malformed.rss.xml");

        assertThat(reader.read(input)).singleElement().isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).contains("line 6, column");
            assertThat(broken.payload()).isEqualTo(input.bytes());
        });
    }

    @Test
    void shouldRefuseADoctypeWithoutResolvingItsEntities() {
        List<Item> items = reader.read(inline("""
                <!DOCTYPE feed [<!ENTITY leak SYSTEM "file:///etc/hostname">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
                  <entry><title>&leak;</title><summary>S</summary></entry></feed>"""));

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Broken.class,
                broken -> assertThat(broken.reason()).contains("DOCTYPE"));
    }

    @Test
    void shouldRefuseAnRssFeedAsAWhole() {
        assertThat(reader.read(input("harbour-ledger.rss.xml"))).singleElement().isInstanceOfSatisfying(Item.Broken.class,
                broken -> assertThat(broken.reason()).contains("not an Atom 1.0 feed").contains("<rss>"));
    }

    private static String feed(String entries) {
        return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Inline</title>" + entries + "</feed>";
    }
}
