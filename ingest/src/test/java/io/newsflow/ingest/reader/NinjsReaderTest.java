package io.newsflow.ingest.reader;

import static io.newsflow.ingest.reader.ReaderProbe.concat;
import static io.newsflow.ingest.reader.ReaderProbe.json;
import static io.newsflow.ingest.reader.ReaderProbe.resource;
import static io.newsflow.ingest.reader.ReaderProbe.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NinjsReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final NinjsReader reader = new NinjsReader(Clock.fixed(NOW, ZoneOffset.UTC));
    private final ReaderProbe probe = new ReaderProbe(reader, NOW);

    // --- the fixtures ---

    @Test
    void shouldReadANinjs1Document() {
        byte[] bytes = resource("ninjs-1x-text.json");

        Item.Parsed parsed = (Item.Parsed) probe.single(bytes);
        Article article = probe.normalize(parsed);

        assertThat(parsed.payload()).isEqualTo(bytes);
        assertThat(article.getTitle()).isEqualTo("Harbour ferry back in service after storm repairs");
        assertThat(article.getBody().split("\n\n")).hasSize(3);
        assertThat(article.getBody()).startsWith("The ferry linking Port Ellery with Gull Island carried its first passengers")
                .contains("last week\u2019s storm")
                .contains("\n\n\u201cWe owe the islanders an apology and a reliable service,\u201d said harbour master Ines Calloway.")
                .endsWith("had run low & several families had stayed with relatives on the mainland during the closure.")
                .doesNotContain("<p>");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-03-14T08:30:00Z"));
        assertThat(article.getAuthors()).containsExactly("Marta Lindqvist", "Tomás Okafor");
        assertThat(article.getTags()).containsExactly("Maritime transport", "Weather");
        assertThat(article.getLanguage()).isEqualTo("en-GB");
        assertThat(article.getUrl()).isEqualTo("https://news.example.org/2024/03/14/harbour-ferry-returns");
        assertThat(article.getSummary()).isEqualTo("The crossing to Gull Island reopens with a temporary timetable while the north pier is rebuilt.");
        assertThat(article.getSource()).isEqualTo("Example Coast News Agency");
        assertThat(article.getFormat()).isEqualTo("ninjs");
    }

    @Test
    void shouldReadANinjs2Document() {
        Article article = probe.normalize((Item.Parsed) probe.single(resource("ninjs-2x-text.json")));

        assertThat(article.getTitle()).isEqualTo("County libraries to open on Sundays from June");
        assertThat(article.getBody()).startsWith("Eleven county library branches will open from noon to five on Sundays starting in June, the library board")
                .contains("\n\nThe twelve-month pilot is paid for by a state literacy grant")
                .endsWith("since the reading room in Millbrook was renovated.");
        assertThat(article.getSummary()).isEqualTo("Eleven branches will open every Sunday afternoon.");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-05-02T11:45:30Z"));
        assertThat(article.getAuthors()).containsExactly("Priya Raman", "Daniel Whitfield", "Chen Yu");
        assertThat(article.getTags()).containsExactly("Libraries", "Local government", "Education");
        assertThat(article.getLanguage()).isEqualTo("en-US");
        assertThat(article.getUrl()).as("a URN is an identifier, not a link").isNull();
        assertThat(article.getSource()).isEqualTo("County Courier");
        assertThat(article.getFormat()).isEqualTo("ninjs");
    }

    // --- input shapes ---

    @Test
    void shouldReadAnArrayOfDocumentsEachWithItsOwnPayload() {
        byte[] bytes = utf8("[" + new String(resource("ninjs-1x-text.json"), StandardCharsets.UTF_8) + ", {\"uri\": \"urn:x:2\", \"type\": \"picture\"}]");

        List<Item> items = probe.read(bytes);

        assertThat(items).hasSize(2);
        assertThat(((Item.Parsed) items.get(0)).article().title()).isEqualTo("Harbour ferry back in service after storm repairs");
        assertThat(items.get(1)).isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).isEqualTo("ninjs item of type picture has no article text");
            assertThat(broken.payload()).isEqualTo(utf8("{\"uri\":\"urn:x:2\",\"type\":\"picture\"}"));
        });
    }

    @Test
    void shouldReadJsonLinesOfDocumentsWithABomAndCrlf() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(
                "{\"uri\":\"urn:x:1\",\"headline\":\"One\",\"body_text\":\"First.\"}\r\n"
                        + "{\"uri\":\"urn:x:2\",\"headlines\":[{\"value\":\"Two\"}],\"bodies\":[{\"value\":\"Second.\"}]}\r\n"));

        List<Item> items = probe.read(bytes);

        assertThat(items).extracting(item -> ((Item.Parsed) item).article().title()).containsExactly("One", "Two");
        assertThat(items.get(0).payload()).isEqualTo(utf8("{\"uri\":\"urn:x:1\",\"headline\":\"One\",\"body_text\":\"First.\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \r\n ", "[]"})
    void shouldReadNoItemsFromAnEmptyInput(String text) {
        assertThat(probe.read(utf8(text))).isEmpty();
    }

    // --- mapping ---

    @Test
    void shouldPreferBodyTextToBodyHtml() {
        Article article = probe.article("{'uri':'urn:x','headline':'H','body_html':'<p>Markup</p>','body_text':'Plain.'}");

        assertThat(article.getBody()).isEqualTo("Plain.");
    }

    @Test
    void shouldReadBodyXhtmlAsHtml() {
        assertThat(probe.article("{'uri':'urn:x','headline':'H','body_xhtml':'<p>One</p><p>Two</p>'}").getBody()).isEqualTo("One\n\nTwo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[{'contenttype':'text/html','value':'<p>A</p><p>B</p>'}]                                    | A\\n\\nB",
        "[{'contenttype':'application/xhtml+xml','value':'<p>X</p>'}]                                | X",
        "[{'contenttype':'text/html','value':'<p>H</p>'},{'contenttype':'text/plain','value':'P'}]   | P",
        "[{'role':'alt','contenttype':'text/plain','value':'Alt'},{'role':'main','contenttype':'text/plain','value':'Main'}] | Main",
        "[{'contenttype':'application/json','value':'{}'},{'value':'<p>Guessed</p>'}]                 | Guessed",
        "[{'value':'No type given.'}]                                                                 | No type given."})
    void shouldChooseTheBestOfSeveralBodies(String bodies, String expected) {
        Article article = probe.article("{'uri':'urn:x','headlines':[{'value':'H'}],'bodies':" + bodies + "}");

        assertThat(article.getBody()).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'headline':'Single'                                                   | Single",
        "'headlines':[{'role':'sub','value':'Sub'},{'role':'main','value':'Main'}] | Main",
        "'headlines':[{'role':'sub','value':'First'},{'role':'kicker','value':'K'}] | First",
        "'title':'Only a slug title'                                           | Only a slug title"})
    void shouldChooseTheHeadline(String field, String title) {
        assertThat(probe.article("{'uri':'urn:x','body_text':'B'," + field + "}").getTitle()).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'description_text':'Plain lede.'                                              | Plain lede.",
        "'description_html':'<p>Marked <b>up</b> lede.</p>'                            | Marked up lede.",
        "'descriptions':[{'contenttype':'text/html','value':'<p>Html</p>'},{'contenttype':'text/plain','value':'Text'}] | Text",
        "'descriptions':[{'value':'Untyped'}]                                          | Untyped"})
    void shouldReadTheSummaryFromEveryDescriptionField(String field, String summary) {
        assertThat(probe.article("{'uri':'urn:x','headline':'H','body_text':'B'," + field + "}").getSummary()).isEqualTo(summary);
        assertThat(probe.article("{'uri':'urn:x','headline':'H','body_html':'<p>B</p>'," + field + "}").getSummary()).isEqualTo(summary);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "By Jane Doe and John Roe        | Jane Doe;John Roe",
        "BY JANE DOE                     | JANE DOE",
        "Jane Doe, John Roe & Ann Lee    | Jane Doe;John Roe;Ann Lee",
        "Bylund Svensson                 | Bylund Svensson",
        "by Andrea Anderson; Bo Chen     | Andrea Anderson;Bo Chen"})
    void shouldSplitABylineIntoAuthors(String byline, String authors) {
        assertThat(probe.article("{'uri':'urn:x','headline':'H','body_text':'B','byline':'" + byline + "'}").getAuthors())
                .containsExactly(authors.split(";"));
        assertThat(probe.article("{'uri':'urn:x','headline':'H','body_text':'B','by':'" + byline + "'}").getAuthors())
                .containsExactly(authors.split(";"));
    }

    @Test
    void shouldTakeAuthorsFromPeopleOnlyWhenTheirRelationSaysSo() {
        Article article = probe.article("{'uri':'urn:x','headline':'H','body_text':'B','people':["
                + "{'name':'Writer One','rel':'author'},{'name':'Subject Person','rel':'about'},"
                + "{'name':'No Relation'},{'name':'Writer Two','rel':'http://cv.example.org/role/creator'}]}");

        assertThat(article.getAuthors()).containsExactly("Writer One", "Writer Two");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "https://example.org/a                    | https://example.org/a",
        "HTTP://EXAMPLE.ORG/B                     | HTTP://EXAMPLE.ORG/B",
        "urn:newsml:example.org:20240101:abc      | ",
        "tag:example.org,2024:story-1             | ",
        "ftp://example.org/file                   | "})
    void shouldUseTheUriAsUrlOnlyWhenItIsAWebAddress(String uri, String url) {
        assertThat(probe.article("{'uri':'" + uri + "','headline':'H','body_text':'B'}").getUrl()).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'copyrightholder':'Holder','provider':'Provider','infosource':[{'name':'Info'}] | Holder",
        "'provider':'Provider','infosource':[{'name':'Info'}]                          | Provider",
        "'provider':{'name':'Provider Object'}                                          | Provider Object",
        "'infosource':[{'code':'x'},{'name':'Info'}]                                     | Info",
        "'infosources':[{'name':'Info Two','role':'originfo'}]                          | Info Two",
        "'copyrightnotice':'(c) Someone'                                                | feed"})
    void shouldTakeTheSourceFromCopyrightHolderProviderOrInfosource(String fields, String source) {
        assertThat(probe.article("{'uri':'urn:x','headline':'H','body_text':'B'," + fields + "}").getSource()).isEqualTo(source);
    }

    @Test
    void shouldFallBackToFirstcreatedForThePublicationDate() {
        Article article = probe.article("{'uri':'urn:x','headline':'H','body_text':'B','firstcreated':'2024-01-02T03:04:05-05:00'}");

        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-01-02T08:04:05Z"));
    }

    @Test
    void shouldTakeSubjectsAsStringsOrNamedObjects() {
        Article article = probe.article("{'uri':'urn:x','headline':'H','body_text':'B','subject':['Politics',{'name':'Elections'},{'code':'123'}]}");

        assertThat(article.getTags()).containsExactly("Politics", "Elections");
    }

    @Test
    void shouldAcceptAPictureItemThatCarriesText() {
        Article article = probe.article("{'uri':'urn:x','type':'picture','headline':'Caption','body_text':'A harbour at dawn.'}");

        assertThat(article.getBody()).isEqualTo("A harbour at dawn.");
    }

    // --- broken items ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'uri':'urn:x','type':'video','headline':'H'                  | ninjs item of type video has no article text",
        "'uri':'urn:x','headline':5,'body_text':'B'                   | headline must be a string, not a number",
        "'uri':'urn:x','headlines':'H','body_text':'B'                | headlines must be an array, not a string",
        "'uri':'urn:x','headline':'H','bodies':[7]                    | bodies must be an array of {\"value\": \"…\"} objects, but holds a number",
        "'uri':'urn:x','headline':'H','body_text':'B','subject':5     | subject must be a string or an array of strings, not a number",
        "'uri':'urn:x','headline':'H','body_text':'B','versioncreated':'soon' | unparseable published date \"soon\" in versioncreated",
        "'uri':'urn:x','headline':'H','body_text':'B','versioncreated':'1850-01-01T00:00:00Z' | versioncreated \"1850-01-01T00:00:00Z\" is before 1900"})
    void shouldRefuseBadItemsKeepingTheirBytes(String fields, String reason) {
        byte[] bytes = json("{" + fields + "}");

        assertThat(probe.single(bytes)).isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).startsWith(reason);
            assertThat(broken.payload()).isEqualTo(bytes);
        });
    }

    @Test
    void shouldLeaveAMissingBodyOfATextItemToTheNormalizer() {
        RawArticle raw = ((Item.Parsed) probe.single(json("{'uri':'urn:x','type':'text','headline':'H'}"))).article();

        assertThat(raw.body()).isNull();
    }

    @Test
    void shouldBeNamedNinjs() {
        assertThat(reader.format()).isEqualTo("ninjs");
    }
}
