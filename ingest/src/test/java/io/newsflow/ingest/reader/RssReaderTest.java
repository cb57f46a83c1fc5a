package io.newsflow.ingest.reader;

import static io.newsflow.ingest.reader.FeedFixtures.article;
import static io.newsflow.ingest.reader.FeedFixtures.articles;
import static io.newsflow.ingest.reader.FeedFixtures.inline;
import static io.newsflow.ingest.reader.FeedFixtures.input;
import static io.newsflow.ingest.reader.FeedFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RssReaderTest {

    private static final String FEED = "harbour-ledger.rss.xml";
    private final RssReader reader = new RssReader();

    @Test
    void shouldNameItsFormatRss() {
        assertThat(reader.format()).isEqualTo("rss");
    }

    @Test
    void shouldGiveOneItemPerItemElement() {
        List<Item> items = reader.read(input(FEED));

        assertThat(items).hasSize(5);
        assertThat(items).filteredOn(Item.Broken.class::isInstance).hasSize(1);
        assertThat(articles(items)).extracting(Article::getId).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void shouldPreferContentEncodedAndKeepTheDescriptionAsSummary() {
        Article article = article(reader.read(input(FEED)).get(0));

        assertThat(article.getTitle()).isEqualTo("Ferry timetable rewritten after pier repairs finish early");
        assertThat(article.getBody()).isEqualTo("""
                The estuary ferry will return to a twenty-minute service on Monday, three weeks sooner than the \
                operator had promised when the north pier closed for repairs in January.

                Engineers finished replacing the corroded landing stage ahead of schedule, helped by a dry February. \
                The closure had forced commuters onto a forty-minute bus detour.

                The new landing stage""");
        assertThat(article.getSummary()).isEqualTo("Crossings return to every twenty minutes from Monday.");
        assertThat(article.getUrl()).isEqualTo("https://harbourledger.example/news/2024/03/ferry-timetable");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
        assertThat(article.getAuthors()).containsExactly("Priya Natarajan");
        assertThat(article.getTags()).containsExactly("Transport", "Estuary");
        assertThat(article.getSource()).isEqualTo("The Harbour Ledger");
        assertThat(article.getLanguage()).isEqualTo("en-GB");
        assertThat(article.getFormat()).isEqualTo("rss");
    }

    @Test
    void shouldReadEveryDcCreatorAndASingleDigitDayWithoutSeconds() {
        Article article = article(reader.read(input(FEED)).get(1));

        assertThat(article.getAuthors()).containsExactly("Tom Ashdown", "Eleri Vaughan");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-03-06T14:05:00Z"));
        assertThat(article.getBody()).startsWith("The station's crew launched forty-one times").contains("\n\nMost call-outs");
    }

    @Test
    void shouldUseAnEscapedDescriptionAsBodyWhenThereIsNoContentEncoded() {
        Article article = article(reader.read(input(FEED)).get(2));

        assertThat(article.getBody()).isEqualTo("Traders voted to keep the market open until 9pm on Fridays from April."
                + "\n\nThe council will trial extra lighting on the square.");
        assertThat(article.getSummary()).isNull();
        assertThat(article.getAuthors()).containsExactly("Mina Okafor");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-03-07T13:15:00Z"));
    }

    @Test
    void shouldTakeAPermalinkGuidAsUrlAndDropScripts() {
        Article article = article(reader.read(input(FEED)).get(4));

        assertThat(article.getTitle()).isEqualTo("Q&A: what the new harbour charges mean for small boat owners");
        assertThat(article.getUrl()).isEqualTo("https://harbourledger.example/news/2024/03/harbour-charges-qa");
        assertThat(article.getBody()).isEqualTo("Who pays more?\n\nBoats under eight metres see the largest rise, about 12%."
                + "\n\nWhen does it start?\n\nThe new fees apply from 1 April.");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-03-09T17:00:00Z"));
        assertThat(article.getTags()).containsExactly("Harbour", "Explainer");
    }

    @Test
    void shouldRejectOnlyTheItemWithAnUnparseableDateKeepingItsOwnXml() {
        Item item = reader.read(input(FEED)).get(3);

        assertThat(item).isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).contains("unparseable pubDate \"Thursday, the 32nd of March\"");
            assertThat(text(broken.payload())).startsWith("<item>").endsWith("</item>")
                    .contains("School choir heads to national final").doesNotContain("Ferry timetable");
        });
    }

    @Test
    void shouldGiveEachItemAPayloadThatIsStandaloneXml() {
        byte[] payload = reader.read(input(FEED)).get(0).payload();

        assertThat(text(payload)).contains("xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
                .contains("<![CDATA[");
        assertThat(XmlFeeds.parse(payload).getDocumentElement().getLocalName()).isEqualTo("item");
    }

    @Test
    void shouldTurnMalformedXmlIntoOneBrokenItemNamingLineAndColumn() {
        Input input = input("malformed.rss.xml");

        List<Item> items = reader.read(input);

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).contains("not well-formed XML at line 6, column 48").contains("</title>");
            assertThat(broken.payload()).isEqualTo(input.bytes());
        });
    }

    @Test
    void shouldRefuseAFeedWithADoctype() {
        List<Item> items = reader.read(input("external-entity.rss.xml"));

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Broken.class,
                broken -> assertThat(broken.reason()).contains("declares a DOCTYPE (at line 2, column").contains("refused"));
    }

    @Test
    void shouldBlameTheDoctypeOnlyWhenTheFeedDeclaresOne() {
        String broken = "<?xml version=\"1.0\"?>\n<!-- a comment -->" + " ".repeat(20_000)
                + "<rss><channel><title><![CDATA[<!DOCTYPE html>]]></title><item></channel></rss>";

        assertThat(reader.read(inline(broken))).singleElement().isInstanceOfSatisfying(Item.Broken.class,
                item -> assertThat(item.reason()).startsWith("feed is not well-formed XML at line 2"));
    }

    @Test
    void shouldNeverLeakTheContentOfAFileAnExternalEntityPointsTo(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        String feed = text(FeedFixtures.bytes("external-entity.rss.xml")).replace("file:///etc/passwd", secret.toUri().toString());

        List<Item> items = reader.read(inline(feed));

        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(item).isInstanceOf(Item.Broken.class);
            assertThat(text(item.payload())).doesNotContain("TOP-SECRET");
            assertThat(((Item.Broken) item).reason()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void shouldRejectAnItemWithNeitherTitleNorText() {
        List<Item> items = reader.read(inline("""
                <rss version="2.0"><channel><title>T</title>
                  <item><link>https://example.org/empty</link></item>
                  <item><title>Kept</title><description>Text</description></item>
                </channel></rss>"""));

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isInstanceOfSatisfying(Item.Broken.class,
                broken -> assertThat(broken.reason()).contains("no title, description or content:encoded"));
        assertThat(article(items.get(1)).getTitle()).isEqualTo("Kept");
    }

    @Test
    void shouldKeepHtmlThatAFeedEmbeddedWithoutEscaping() {
        Item item = reader.read(inline("""
                <rss version="2.0"><channel><title>T</title><item><title>Raw</title>
                  <description><p>One <b>bold</b> line.</p><p>Two.</p></description>
                </item></channel></rss>""")).get(0);

        assertThat(article(item).getBody()).isEqualTo("One bold line.\n\nTwo.");
    }

    @Test
    void shouldReadRss10RdfFeeds() {
        List<Item> items = reader.read(inline("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://valley.example/"><title>Valley Weekly</title><dc:language>cy</dc:language></channel>
                  <item rdf:about="https://valley.example/bridge">
                    <title>Footbridge reopens</title>
                    <description>The footbridge over the river is open again.</description>
                    <dc:creator>Gareth Pryce</dc:creator><dc:subject>Roads</dc:subject>
                    <dc:date>2024-02-01T10:00:00+00:00</dc:date>
                  </item>
                </rdf:RDF>"""));

        Article article = article(items.get(0));
        assertThat(article.getTitle()).isEqualTo("Footbridge reopens");
        assertThat(article.getUrl()).isEqualTo("https://valley.example/bridge");
        assertThat(article.getSource()).isEqualTo("Valley Weekly");
        assertThat(article.getLanguage()).isEqualTo("cy");
        assertThat(article.getAuthors()).containsExactly("Gareth Pryce");
        assertThat(article.getTags()).containsExactly("Roads");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-02-01T10:00:00Z"));
    }

    @Test
    void shouldRefuseAnAtomFeedAsAWhole() {
        Input input = input("northern-field-notes.atom.xml");

        assertThat(reader.read(input)).singleElement().isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).contains("not an RSS feed").contains("<feed>");
            assertThat(broken.payload()).isEqualTo(input.bytes());
        });
    }

    @Test
    void shouldHonourTheEncodingDeclaredInTheXml() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>T</title><item><title>Café</title><description>Crème brûlée.</description></item></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);

        Article article = article(reader.read(new Input("latin1.xml", latin1, "s")).get(0));

        assertThat(article.getTitle()).isEqualTo("Café");
        assertThat(article.getBody()).isEqualTo("Crème brûlée.");
    }

    @Test
    void shouldAcceptAByteOrderMark() {
        Item item = reader.read(inline("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><item><title>T</title>"
                + "<description>Body</description></item></channel></rss>")).get(0);

        assertThat(article(item).getBody()).isEqualTo("Body");
    }

    @Test
    void shouldRefuseAbsurdlyDeepNestingInsteadOfOverflowingTheStack() {
        String deep = "<b>".repeat(20_000) + "x" + "</b>".repeat(20_000);

        List<Item> items = reader.read(inline("<rss><channel><item><title>T</title><description>" + deep
                + "</description></item></channel></rss>"));

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Broken.class,
                broken -> assertThat(broken.reason()).startsWith("feed is not well-formed XML at line 1"));
    }

    @Test
    void shouldGiveTheSameItemsWhenOneReaderIsSharedByManyThreads() {
        List<String> expected = reasonsAndTitles(reader.read(input(FEED)));

        List<List<String>> results = IntStream.range(0, 64).parallel()
                .mapToObj(i -> reasonsAndTitles(reader.read(input(FEED)))).toList();

        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    }

    @Test
    void shouldGiveNoItemsForAnEmptyChannel() {
        assertThat(reader.read(inline("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>"))).isEmpty();
    }

    private static List<String> reasonsAndTitles(List<Item> items) {
        return items.stream().map(item -> item instanceof Item.Broken broken ? broken.reason() : article(item).getTitle()).toList();
    }
}
