package io.newsflow.ingest.reader;

import static io.newsflow.ingest.reader.ReaderProbe.concat;
import static io.newsflow.ingest.reader.ReaderProbe.json;
import static io.newsflow.ingest.reader.ReaderProbe.nonBlankLines;
import static io.newsflow.ingest.reader.ReaderProbe.resource;
import static io.newsflow.ingest.reader.ReaderProbe.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class JsonArticleReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final JsonArticleReader reader = new JsonArticleReader(Clock.fixed(NOW, ZoneOffset.UTC));
    private final ReaderProbe probe = new ReaderProbe(reader, NOW);

    // --- input shapes ---

    @Test
    void shouldRefuseOnlyTheLinesThatAreNotValidUtf8() {
        byte[] good = "{\"title\": \"One\", \"body\": \"Fine.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] overlong = "{\"title\": \"T\u00C0\u00AFx\", \"body\": \"B\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[good.length * 2 + overlong.length];
        System.arraycopy(good, 0, bytes, 0, good.length);
        System.arraycopy(overlong, 0, bytes, good.length, overlong.length);
        System.arraycopy(good, 0, bytes, good.length + overlong.length, good.length);

        List<Item> items = probe.read(bytes);

        assertThat(items).extracting(item -> item.getClass().getSimpleName()).containsExactly("Parsed", "Broken", "Parsed");
        assertThat(((Item.Broken) items.get(1)).reason()).isEqualTo("line 2: malformed JSON: Invalid UTF-8 at byte 12 of the line "
                + "(re-encode it as UTF-8)");
        assertThat(items.get(1).payload()).isEqualTo(java.util.Arrays.copyOf(overlong, overlong.length - 1));
    }

    @Test
    void shouldReadTheJsonLinesFixtureWithOneItemPerNonBlankLine() {
        byte[] bytes = resource("articles.jsonl");
        List<byte[]> lines = nonBlankLines(bytes);

        List<Item> items = probe.read(bytes);

        assertThat(items).hasSize(8);
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).payload()).as("payload of item %d", i).isEqualTo(lines.get(i));
        }
        assertThat(items).extracting(item -> item.getClass().getSimpleName())
                .containsExactly("Parsed", "Parsed", "Parsed", "Broken", "Parsed", "Parsed", "Broken", "Parsed");
    }

    @Test
    void shouldNameTheLineAndJacksonsReasonForAMalformedLine() {
        Item.Broken broken = (Item.Broken) probe.read(resource("articles.jsonl")).get(3);

        assertThat(broken.reason()).startsWith("line 5: malformed JSON: ").contains("Unexpected end-of-input")
                .doesNotContain("Source:").hasSizeLessThan(260);
        assertThat(broken.errorClass()).startsWith("com.fasterxml.jackson");
        assertThat(new String(broken.payload(), StandardCharsets.UTF_8)).startsWith("{\"title\":\"Museum extends opening hours\"");
    }

    @Test
    void shouldRefuseTheFixturesUnparseableDateWithItsOwnLine() {
        Item.Broken broken = (Item.Broken) probe.read(resource("articles.jsonl")).get(6);

        assertThat(broken.reason()).startsWith("unparseable published date \"next Tuesday\"").contains("published");
        assertThat(new String(broken.payload(), StandardCharsets.UTF_8)).contains("Allotment waiting list shortened")
                .doesNotContain("School choir");
    }

    @Test
    void shouldLeaveTheMissingBodyOfTheFixtureToTheNormalizer() {
        Item.Parsed parsed = (Item.Parsed) probe.read(resource("articles.jsonl")).get(5);

        assertThat(parsed.article().body()).isNull();
        assertThatThrownBy(() -> probe.normalize(parsed)).isInstanceOf(InvalidArticleException.class).hasMessageContaining("missing body");
    }

    @Test
    void shouldMapTheFixturesGoodLinesToArticles() {
        List<Article> articles = probe.read(resource("articles.jsonl")).stream()
                .filter(Item.Parsed.class::isInstance).map(Item.Parsed.class::cast)
                .filter(parsed -> parsed.article().body() != null)
                .map(probe::normalize).toList();

        assertThat(articles).extracting(Article::getTitle).containsExactly("Night trains return to the coastal line",
                "City council approves cycle lanes on Mill Road", "Bakery wins regional bread prize",
                "Reservoir levels rise after wet spring", "School choir records charity single");
        assertThat(articles).allSatisfy(article -> {
            assertThat(article.getFormat()).isEqualTo("jsonl");
            assertThat(article.getPublishedAt()).isNotNull();
        });
        Article first = articles.get(0);
        assertThat(first.getBody()).isEqualTo("The overnight service between Wexmouth and Aldergate resumes next month.\n\nTickets go on sale on Monday.");
        assertThat(first.getUrl()).isEqualTo("https://news.example.org/night-trains");
        assertThat(first.getSource()).isEqualTo("Rail Desk");
        assertThat(first.getSummary()).isEqualTo("Sleeper cars are back after a three-year pause.");
        assertThat(first.getLanguage()).isEqualTo("en");
        assertThat(first.getAuthors()).containsExactly("Hana Kobayashi");
        assertThat(first.getTags()).containsExactly("rail", "travel");
        assertThat(articles.get(1).getSource()).isEqualTo("feed");
    }

    @Test
    void shouldReadASingleObjectWithTheWholeInputAsPayload() {
        byte[] bytes = utf8("{\n  \"title\": \"One\",\n  \"body\": \"Only article.\"\n}\n");

        Item.Parsed parsed = (Item.Parsed) probe.single(bytes);

        assertThat(parsed.payload()).isEqualTo(bytes);
        assertThat(parsed.article().title()).isEqualTo("One");
    }

    @Test
    void shouldReadAnArrayWithEachElementReserialisedAsItsPayload() {
        byte[] bytes = utf8("[\n {\"title\": \"A\", \"body\": \"First.\"},\n {\"title\": 7, \"body\": \"Second.\"},\n \"not an object\"\n]");

        List<Item> items = probe.read(bytes);

        assertThat(items).hasSize(3);
        assertThat(new String(items.get(0).payload(), StandardCharsets.UTF_8)).isEqualTo("{\"title\":\"A\",\"body\":\"First.\"}");
        assertThat(items.get(1)).isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).startsWith("title must be a string");
            assertThat(new String(broken.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"title\":7,\"body\":\"Second.\"}");
        });
        assertThat(items.get(2)).isInstanceOfSatisfying(Item.Broken.class, broken ->
                assertThat(broken.reason()).isEqualTo("array element 3: expected a JSON object, found a string"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "[]", " [ ] \n"})
    void shouldReadNoItemsFromAnEmptyInput(String text) {
        assertThat(probe.read(utf8(text))).isEmpty();
        assertThat(probe.read(concat(BOM, utf8(text)))).isEmpty();
    }

    @Test
    void shouldSkipAByteOrderMarkBeforeJsonLines() {
        byte[] bytes = concat(BOM, utf8("{\"title\":\"A\",\"body\":\"a\"}\n{\"title\":\"B\",\"body\":\"b\"}\n"));

        List<Item> items = probe.read(bytes);

        assertThat(items).allSatisfy(item -> assertThat(item).isInstanceOf(Item.Parsed.class));
        assertThat(new String(items.get(0).payload(), StandardCharsets.UTF_8)).isEqualTo("{\"title\":\"A\",\"body\":\"a\"}");
    }

    @Test
    void shouldSkipAByteOrderMarkBeforeASingleObjectAndKeepItInThePayload() {
        byte[] bytes = concat(BOM, utf8("{\"title\":\"A\",\"body\":\"a\"}"));

        assertThat(probe.single(bytes)).isInstanceOfSatisfying(Item.Parsed.class, parsed -> {
            assertThat(parsed.article().title()).isEqualTo("A");
            assertThat(parsed.payload()).isEqualTo(bytes);
        });
    }

    @Test
    void shouldReadCrlfLinesAndLeaveTheCarriageReturnOutOfThePayload() {
        byte[] bytes = utf8("{\"title\":\"A\",\"body\":\"a\"}\r\n\r\n{\"title\":\"B\",\"body\":\"b\"}\r\n{oops\r\n");

        List<Item> items = probe.read(bytes);

        assertThat(items).hasSize(3);
        assertThat(new String(items.get(1).payload(), StandardCharsets.UTF_8)).isEqualTo("{\"title\":\"B\",\"body\":\"b\"}");
        assertThat(items.get(2)).isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).startsWith("line 4: malformed JSON");
            assertThat(broken.payload()).isEqualTo(utf8("{oops"));
        });
    }

    @Test
    void shouldTellJsonLinesFromAMultiLineObjectEvenWhenTheFirstLineIsBroken() {
        List<Item> items = probe.read(utf8("{\"title\": \"cut off\n{\"title\":\"B\",\"body\":\"b\"}\n"));

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isInstanceOfSatisfying(Item.Broken.class, broken ->
                assertThat(broken.reason()).startsWith("line 1: malformed JSON"));
        assertThat(items.get(1)).isInstanceOf(Item.Parsed.class);
    }

    @Test
    void shouldRefuseAWhollyUnparseableInputWithAllItsBytes() {
        byte[] bytes = utf8("{\n  \"title\": \"Broken\",\n  \"body\": \"no closing brace\"\n");

        assertThat(probe.single(bytes)).isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).startsWith("input is not valid JSON: ").contains("(line ");
            assertThat(broken.payload()).isEqualTo(bytes);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "\"text\"", "null"})
    void shouldRefuseAnInputThatIsNeitherObjectNorArray(String text) {
        assertThat(probe.single(utf8(text))).isInstanceOfSatisfying(Item.Broken.class, broken ->
                assertThat(broken.reason()).startsWith("expected a JSON object, an array of objects or JSON lines"));
    }

    @Test
    void shouldRefuseALineWithTwoObjectsInJacksonsShortWords() {
        List<Item> items = probe.read(utf8("{\"title\":\"A\",\"body\":\"a\"}\n{\"title\":\"B\"} {\"body\":\"b\"}\n"));

        assertThat(items.get(1)).isInstanceOfSatisfying(Item.Broken.class, broken ->
                assertThat(broken.reason()).isEqualTo("line 2: malformed JSON: Trailing token (of type START_OBJECT) found after value"));
    }

    @Test
    void shouldRefuseALineThatIsNotAnObject() {
        List<Item> items = probe.read(utf8("{\"title\":\"A\",\"body\":\"a\"}\n[1, 2]\n"));

        assertThat(items.get(1)).isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).isEqualTo("line 2: expected a JSON object, found an array");
            assertThat(broken.payload()).isEqualTo(utf8("[1, 2]"));
        });
    }

    // --- fields and aliases ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'title':'T','body':'Plain body.'}                          | Plain body.",
        "{'title':'T','text':'Plain text.'}                          | Plain text.",
        "{'title':'T','body_html':'<p>One</p><p>Two &amp; three</p>'} | One\\n\\nTwo & three",
        "{'title':'T','html':'<div>Only</div><script>track</script>'}   | Only",
        "{'title':'T','body':'  ','text':'Blank body falls through.'} | Blank body falls through."})
    void shouldReadTheBodyFromEveryAlias(String json, String body) {
        assertThat(probe.article(json).getBody()).isEqualTo(body.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "summary     | language",
        "description | lang",
        "lede        | language"})
    void shouldReadSummaryAndLanguageAliases(String summaryKey, String languageKey) {
        Article article = probe.article("{'title':'T','body':'B','" + summaryKey + "':'The lede.','" + languageKey + "':'pt_br'}");

        assertThat(article.getSummary()).isEqualTo("The lede.");
        assertThat(article.getLanguage()).isEqualTo("pt-BR");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'published':'2024-04-02T18:00:00Z'           | 2024-04-02T18:00:00Z",
        "'publishedAt':'2024-04-02T20:00:00+02:00'    | 2024-04-02T18:00:00Z",
        "'published_at':'2024-04-02T20:00:00.250+0200' | 2024-04-02T18:00:00.250Z",
        "'date':'2024-04-02'                          | 2024-04-02T00:00:00Z",
        "'date':1712080800000                         | 2024-04-02T18:00:00Z",
        "'date':'1712080800000'                       | 2024-04-02T18:00:00Z",
        "'published':1.7120808E12                     | 2024-04-02T18:00:00Z",
        "'published':'2026-11-26T11:00:00Z'           | 2026-11-26T11:00:00Z"})
    void shouldReadPublicationDatesInEveryFormAndAlias(String field, Instant expected) {
        assertThat(probe.article("{'title':'T','body':'B'," + field + "}").getPublishedAt()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'published':'yesterday'                     | unparseable published date \"yesterday\" in published",
        "'date':'2024-04-02T18:00:00'                | unparseable published date \"2024-04-02T18:00:00\" in date",
        "'date':'2024-02-30'                         | unparseable published date \"2024-02-30\" in date",
        "'date':'2024-02-30T10:00:00Z'               | unparseable published date \"2024-02-30T10:00:00Z\" in date",
        "'published':'1712080800000000000000000'     | unparseable published date \"1712080800000000000000000\"",
        "'published':1712080800000.5                 | unparseable published date \"1.7120808000005E12\"",
        "'published':true                            | published must be an ISO-8601 string or epoch milliseconds, not a boolean",
        "'date':'1899-12-31'                         | date \"1899-12-31\" is before 1900",
        "'publishedAt':-5000000000000                | publishedAt \"-5000000000000\" is before 1900",
        "'published_at':'2026-11-26T12:00:01Z'       | published_at \"2026-11-26T12:00:01Z\" is more than a day in the future",
        "'published':'32503680000000'                | published \"32503680000000\" is more than a day in the future"})
    void shouldRefuseUnparseableAndImplausibleDatesNamingFieldAndValue(String field, String reason) {
        String json = "{'title':'T','body':'B'," + field + "}";

        assertThat(probe.single(json(json))).isInstanceOfSatisfying(Item.Broken.class, broken -> {
            assertThat(broken.reason()).startsWith(reason);
            assertThat(broken.payload()).isEqualTo(json(json));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'authors':['Ann Lee','Bo Chen']                    | Ann Lee;Bo Chen",
        "'authors':'Ann Lee'                                | Ann Lee",
        "'authors':[{'name':'Ann Lee'},{'name':'Bo Chen'}]  | Ann Lee;Bo Chen",
        "'author':'Lee, Ann'                                | Lee, Ann",
        "'byline':'By Ann Lee, Bo Chen and Cy Diaz'         | Ann Lee;Bo Chen;Cy Diaz",
        "'authors':[],'byline':'Ann Lee'                    | Ann Lee"})
    void shouldReadAuthorsFromEveryAlias(String field, String authors) {
        assertThat(probe.article("{'title':'T','body':'B'," + field + "}").getAuthors()).containsExactly(authors.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'tags':['economy','Washington, D.C.'] | economy;Washington, D.C.",
        "'tags':'economy, jobs ,,  trade'      | economy;jobs;trade",
        "'keywords':['a','b']                  | a;b",
        "'keywords':'solo'                     | solo"})
    void shouldReadTagsFromEveryAlias(String field, String tags) {
        assertThat(probe.article("{'title':'T','body':'B'," + field + "}").getTags()).containsExactly(tags.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'title':12,'body':'B'               | title must be a string, not a number",
        "'title':'T','body':['B']            | body must be a string, not an array",
        "'title':'T','body':'B','url':{}     | url must be a string, not an object",
        "'title':'T','body':'B','authors':3  | authors must be a string or an array of strings, not a number",
        "'title':'T','body':'B','tags':[1]   | tags must be a string or an array of strings, but holds a number"})
    void shouldRefuseFieldsOfTheWrongJsonType(String fields, String reason) {
        assertThat(probe.single(json("{" + fields + "}"))).isInstanceOfSatisfying(Item.Broken.class, broken ->
                assertThat(broken.reason()).isEqualTo(reason));
    }

    @Test
    void shouldTreatNullsAsAbsent() {
        Article article = probe.article("{'title':'T','body':null,'text':'B','summary':null,'published':null,'tags':null}");

        assertThat(article.getBody()).isEqualTo("B");
        assertThat(article.getSummary()).isNull();
        assertThat(article.getPublishedAt()).isNull();
        assertThat(article.getTags()).isEmpty();
    }

    @Test
    void shouldKeepATitleWithMarkupCharactersWhenTheBodyIsHtml() {
        Article article = probe.article("{'title':'Q&A: is <b> better than <strong>?','body_html':'<p>Yes.</p>',"
                + "'summary':'Short answer: use <em> & friends'}");

        assertThat(article.getTitle()).isEqualTo("Q&A: is <b> better than <strong>?");
        assertThat(article.getSummary()).isEqualTo("Short answer: use <em> & friends");
        assertThat(article.getBody()).isEqualTo("Yes.");
    }

    // --- ninjs inside JSON lines ---

    @Test
    void shouldMapANinjsLookingObjectWithTheNinjsMapping() {
        List<Item> items = probe.read(utf8("""
                {"uri":"urn:example:1","versioncreated":"2024-01-02T03:04:05Z","headline":"Ninjs line","body_text":"From ninjs.","byline":"By Ann Lee"}
                {"title":"Plain line","body":"From jsonl.","url":"https://example.org/a"}
                """));

        List<Article> articles = items.stream().map(item -> probe.normalize((Item.Parsed) item)).toList();

        assertThat(articles).extracting(Article::getFormat).containsExactly("ninjs", "jsonl");
        assertThat(articles.get(0).getTitle()).isEqualTo("Ninjs line");
        assertThat(articles.get(0).getAuthors()).containsExactly("Ann Lee");
        assertThat(articles.get(0).getUrl()).isNull();
        assertThat(articles.get(0).getPublishedAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'headline':'H','body_text':'B','uri':'urn:x'}",
        "{'body_html':'<p>B</p>','versioncreated':'2024-01-02T03:04:05Z','title':'Slug title'}",
        "{'headlines':[{'value':'H'}],'bodies':[{'value':'B'}],'uri':'urn:x'}"})
    void shouldDetectNinjsByItsTextFieldsAndIdentity(String json) {
        assertThat(((Item.Parsed) probe.single(json(json))).article().format()).isEqualTo("ninjs");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'title':'T','body_html':'<p>B</p>','url':'https://example.org/a'}",
        "{'headline':'H','body':'B'}",
        "{'title':'T','body':'B','uri':'urn:x','versioncreated':'2024-01-02T03:04:05Z'}"})
    void shouldNotTakePlainJsonArticlesForNinjs(String json) {
        assertThat(((Item.Parsed) probe.single(json(json))).article().format()).isEqualTo("jsonl");
    }

    @Test
    void shouldBeNamedJsonl() {
        assertThat(reader.format()).isEqualTo("jsonl");
    }
}
