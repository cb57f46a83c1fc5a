package io.newsflow.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.newsflow.schemas.avro.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Assumptions;

/**
 * What each corpus file must become through the file readers (one expectation per item, in order), the checks
 * every article and every rejection must pass whatever the file, and the bugs the corpus found in main code.
 */
final class HostileExpectations {

    private HostileExpectations() {
    }

    // ---- expectations

    /** What one item must become. */
    sealed interface ItemExpectation permits ArticleExpected, RejectionExpected {
        String description();
    }

    /** A valid article, passing {@code check}; {@code literalMarkup}: its plain text may show markup as text. */
    record ArticleExpected(String description, Consumer<Article> check, boolean literalMarkup) implements ItemExpectation {
    }

    /** A rejection whose reason passes {@code reason}. */
    record RejectionExpected(String description, Predicate<String> reason) implements ItemExpectation {
    }

    record Expectation(List<ItemExpectation> items) {

        long articles() {
            return items.stream().filter(ArticleExpected.class::isInstance).count();
        }

        long refusals() {
            return items.stream().filter(RejectionExpected.class::isInstance).count();
        }

        /** The push endpoint answers 202 when anything in the body was usable, else 400. */
        int pushStatus() {
            return articles() > 0 ? 202 : 400;
        }
    }

    static ItemExpectation article() {
        return new ArticleExpected("an article", article -> { }, false);
    }

    static ItemExpectation article(String title) {
        return new ArticleExpected("article titled \"" + title + "\"", article -> assertThat(article.getTitle()).isEqualTo(title), false);
    }

    static ItemExpectation article(String title, String body) {
        return new ArticleExpected("article \"" + title + "\" with body \"" + body + "\"", article -> {
            assertThat(article.getTitle()).isEqualTo(title);
            assertThat(article.getBody()).isEqualTo(body);
        }, false);
    }

    /**
     * An article whose plain text shows markup as text ("&lt;script&gt;" in HTML, or "<script>" in a plain-text
     * field): kept as written, by design — plain-text fields are text, and consumers escape them (the dashboard test
     * in SinkCommandIT shows such a title as text).
     */
    static ItemExpectation articleShowingMarkupAsText(String title, String body) {
        return new ArticleExpected("article keeping literal markup as text", article -> {
            assertThat(article.getTitle()).isEqualTo(title);
            assertThat(article.getBody()).isEqualTo(body);
        }, true);
    }

    static ItemExpectation rejected(String reasonFragment) {
        return new RejectionExpected("rejected: " + reasonFragment, reason -> reason.contains(reasonFragment));
    }

    /** Rejected, with any clear reason (for refusals main code does not make yet, whose wording is its to choose). */
    static ItemExpectation rejected() {
        return new RejectionExpected("rejected", reason -> true);
    }

    static ItemExpectation rejectedNotAs(String misleadingFragment) {
        return new RejectionExpected("rejected, but not as \"" + misleadingFragment + "\"", reason -> !reason.contains(misleadingFragment));
    }

    static Expectation one(ItemExpectation item) {
        return new Expectation(List.of(item));
    }

    static Expectation items(ItemExpectation... items) {
        return new Expectation(List.of(items));
    }

    static Expectation none() {
        return new Expectation(List.of());
    }

    private static final String BODY = "Harbour officials said the new ferry timetable starts on Monday.";
    private static final String NOT_JSON = "input is not valid JSON";
    private static final String DOCTYPE = "feed declares a DOCTYPE";
    private static final String NOT_XML = "feed is not well-formed XML";
    private static final String MISSING_TITLE = "missing title: every article needs a non-empty title";
    private static final String MISSING_BODY = "missing body: every article needs a non-empty body";

    /** Every corpus file and what the file readers must make of it. */
    static final Map<String, Expectation> FILES = files();

    private static Map<String, Expectation> files() {
        Map<String, Expectation> files = new LinkedHashMap<>();
        // Atom
        files.put("atom--article--script-in-html-content.atom", one(article("Ferry timetable", BODY)));
        files.put("atom--article--script-in-xhtml-content.atom", one(article("Ferry timetable", BODY)));
        files.put("atom--mixed--absurd-dates.atom", items(article("Good date"),
                rejected("unparseable published \"yesterday\""), rejected("unparseable published \"2024-02-30T10:00:00Z\""),
                rejected()));
        files.put("atom--reject--billion-laughs.atom", one(rejected(DOCTYPE)));
        files.put("atom--reject--entries-without-title.atom", items(rejected(MISSING_TITLE),
                rejected("entry has no title, content or summary")));
        files.put("atom--reject--truncated.atom", one(rejected(NOT_XML)));
        files.put("atom--reject--xxe-parameter-entity.atom", one(rejected(DOCTYPE)));
        // binary
        files.put("bin--reject--gzip-header.json", one(rejected(NOT_JSON)));
        files.put("bin--reject--random-bytes.bin", one(rejected()));
        // JSON articles
        files.put("json--article--body-html-entity-escaped-script.json", one(articleShowingMarkupAsText("Ferry timetable",
                BODY + "\n\n<script>alert(\"EVIL-ESCAPED\")</script>")));
        files.put("json--article--body-html-script-iframe-handlers.json", one(article("Ferry timetable",
                BODY + "\n\nTimetable\n\nThe first sailing leaves at 06:30.\n\nVISIBLE-NESTEDipt>")));
        files.put("json--article--bom-then-object.json", one(article("Ferry timetable", BODY)));
        files.put("json--article--control-chars-escaped.json", one(article("Ferry timetable",
                "Harbour [31mofficials[0m said the ferry starts on Monday.")));
        files.put("json--article--devanagari-title-and-body.json", one(article("नई फेरी समय सारिणी",
                "बंदरगाह अधिकारियों ने कहा कि नई फेरी सोमवार से शुरू होगी।")));
        files.put("json--article--emoji-as-escaped-surrogate-pair.json", one(article("Ferry \uD83D\uDE80 timetable", BODY)));
        files.put("json--article--emoji-in-title-and-body.json", one(article("Ferry \uD83D\uDE80 timetable",
                "Harbour officials \uD83D\uDC4D said the new ferry timetable starts on Monday.")));
        files.put("json--article--html-alias-unclosed-script.json", one(article("Ferry timetable", BODY)));
        files.put("json--article--lone-combining-mark-at-start.json", one(article()));
        files.put("json--article--nul-escapes-in-title-and-body.json", one(article("Ferry timetable", BODY)));
        files.put("json--article--plain-body-with-script-tag.json", one(articleShowingMarkupAsText(
                "Ferry <script>alert(1)</script> timetable", "Harbour officials said so.<script>alert(\"EVIL-PLAIN\")</script>")));
        files.put("json--article--zalgo-combining-marks.json", one(article(
                java.text.Normalizer.normalize("F\u0351\u036b\u0343e\u0300\u0316rry timetable", java.text.Normalizer.Form.NFC))));
        files.put("json--empty--bom-only.json", none());
        files.put("json--empty--empty-array.json", none());
        files.put("json--mixed--array-objects-and-junk.json", items(article("Ferry timetable", BODY),
                rejected("array element 2: expected a JSON object, found a string"), rejected("title must be a string, not a number"),
                rejected("array element 4: expected a JSON object, found null"), article("Second ferry", "Another sailing.")));
        files.put("json--mixed--comment-line-then-object.json", items(rejected("line 1: malformed JSON"), article("Ferry timetable", BODY)));
        files.put("json--reject--array-of-non-objects.json", items(
                rejected("array element 1: expected a JSON object, found a number"),
                rejected("array element 2: expected a JSON object, found a string"),
                rejected("array element 3: expected a JSON object, found null"),
                rejected("array element 4: expected a JSON object, found a boolean"),
                rejected("array element 5: expected a JSON object, found an array"),
                rejected("array element 6: expected a JSON object, found a number")));
        files.put("json--reject--authors-nested-array.json", one(rejected("authors must be a string or an array of strings")));
        files.put("json--reject--bad-escape.json", one(rejected(NOT_JSON)));
        files.put("json--reject--body-html-only-script.json", one(rejected(MISSING_BODY)));
        files.put("json--reject--body-number.json", one(rejected("body must be a string, not a number")));
        // absurd dates
        files.put("json--reject--date-epoch-millis-fraction.json", one(rejected("unparseable published date")));
        files.put("json--reject--date-epoch-millis-huge.json", one(rejected("unparseable published date \"99999999999999999999999\"")));
        files.put("json--reject--date-epoch-millis-long-min.json", one(rejected("is before 1900")));
        files.put("json--reject--date-epoch-millis-negative.json", one(rejected("is before 1900")));
        files.put("json--reject--date-feb-30-time.json", one(rejected("unparseable published date \"2023-02-30T10:00:00Z\"")));
        files.put("json--reject--date-feb-30.json", one(rejected("unparseable published date \"2024-02-30\"")));
        files.put("json--reject--date-month-13.json", one(rejected("unparseable published date")));
        files.put("json--reject--date-overflowing-offset.json", one(rejected("unparseable published date")));
        files.put("json--reject--date-year-0.json", one(rejected("is before 1900")));
        files.put("json--reject--date-year-2999.json", one(rejected("is more than a day in the future")));
        files.put("json--reject--date-year-99999.json", one(rejected("is more than a day in the future")));
        files.put("json--reject--date-yesterday.json", one(rejected("unparseable published date \"yesterday\"")));
        // empty or missing fields
        files.put("json--reject--empty-body.json", one(rejected(MISSING_BODY)));
        files.put("json--reject--empty-object.json", one(rejected(MISSING_TITLE)));
        files.put("json--reject--empty-title.json", one(rejected(MISSING_TITLE)));
        files.put("json--reject--escaped-lone-surrogate.json", one(rejectedNotAs("missing title")));
        // malformed JSON
        files.put("json--reject--garbage-after-object.json", one(rejected(NOT_JSON)));
        files.put("json--reject--latin1-not-utf8.json", one(rejected("Invalid UTF-8")));
        files.put("json--reject--missing-colon.json", one(rejected(NOT_JSON)));
        files.put("json--reject--nan-literal.json", one(rejected(NOT_JSON)));
        files.put("json--reject--nested-arrays-1200.json", one(rejected("nesting depth (1001) exceeds the maximum allowed (1000")));
        files.put("json--reject--nested-objects-in-field-1200.json", one(rejected("nesting depth (1001) exceeds the maximum allowed (1000")));
        files.put("json--reject--nul-only-title.json", one(rejected(MISSING_TITLE)));
        files.put("json--reject--number-1500-digits.json", one(rejected("Number value length (1500) exceeds the maximum allowed (1000")));
        files.put("json--reject--only-open-brace.json", one(rejected(NOT_JSON)));
        files.put("json--reject--published-array.json", one(rejected("published must be an ISO-8601 string or epoch milliseconds, not an array")));
        files.put("json--reject--published-object.json", one(rejected("publishedAt must be an ISO-8601 string or epoch milliseconds, not an object")));
        files.put("json--reject--raw-nul-bytes.json", one(rejected(NOT_JSON)));
        files.put("json--reject--single-quotes.json", one(rejected(NOT_JSON)));
        files.put("json--reject--tags-number.json", one(rejected("tags must be a string or an array of strings, not a number")));
        files.put("json--reject--title-array.json", one(rejected("title must be a string, not an array")));
        files.put("json--reject--title-boolean.json", one(rejected("title must be a string, not a boolean")));
        files.put("json--reject--title-number.json", one(rejected("title must be a string, not a number")));
        files.put("json--reject--title-object.json", one(rejected("title must be a string, not an object")));
        files.put("json--reject--top-level-false.json", one(rejected("expected a JSON object, an array of objects or JSON lines, found a boolean")));
        files.put("json--reject--top-level-null.json", one(rejected("expected a JSON object, an array of objects or JSON lines, found null")));
        files.put("json--reject--top-level-number.json", one(rejected("expected a JSON object, an array of objects or JSON lines, found a number")));
        files.put("json--reject--top-level-string.json", one(rejected("expected a JSON object, an array of objects or JSON lines, found a string")));
        files.put("json--reject--trailing-comma.json", one(rejected(NOT_JSON)));
        files.put("json--reject--truncated-array.json", one(rejected(NOT_JSON)));
        files.put("json--reject--truncated-object.json", one(rejected(NOT_JSON)));
        files.put("json--reject--unclosed-array.json", one(rejected(NOT_JSON)));
        files.put("json--reject--unquoted-keys.json", one(rejected(NOT_JSON)));
        files.put("json--reject--unterminated-escape.json", one(rejected(NOT_JSON)));
        files.put("json--reject--url-object.json", one(rejected("url must be a string, not an object")));
        // invalid UTF-8
        files.put("json--reject--utf8-encoded-surrogate.json", one(rejected("Invalid UTF-8")));
        files.put("json--reject--utf8-lone-continuation.json", one(rejected("Invalid UTF-8")));
        files.put("json--reject--utf8-overlong-nul.json", one(rejected("Invalid UTF-8")));
        files.put("json--reject--utf8-overlong-slash.json", one(rejected("Invalid UTF-8")));
        files.put("json--reject--utf8-truncated-sequence.json", one(rejected("Invalid UTF-8")));
        files.put("json--reject--whitespace-only-body.json", one(rejected(MISSING_BODY)));
        files.put("json--reject--whitespace-only-title.json", one(rejected(MISSING_TITLE)));
        // JSON lines
        files.put("jsonl--mixed--40-lines-10-broken.jsonl", fortyLines());
        files.put("jsonl--mixed--crlf-blank-and-bom-lines.jsonl", items(article("First", "First body."), article("BOM mid-file", "x"),
                article("Third", "Third body."), rejected("line 6: malformed JSON")));
        // ninjs
        files.put("ninjs--article--body-html-script.json", one(new ArticleExpected("ninjs article without its scripts", article -> {
            assertThat(article.getFormat()).isEqualTo("ninjs");
            assertThat(article.getTitle()).isEqualTo("Ferry timetable");
            assertThat(article.getBody()).isEqualTo(BODY + "\n\nMore details soon.");
        }, false)));
        files.put("ninjs--reject--bodies-of-strings.json", one(rejected("bodies must be an array of {\"value\": \"…\"} objects, but holds a string")));
        files.put("ninjs--reject--body-value-number.json", one(rejected("bodies must be an array of {\"value\": \"…\"} objects")));
        files.put("ninjs--reject--firstcreated-year-0.json", one(rejected("firstcreated \"0000-12-31T00:00:00Z\" is before 1900")));
        files.put("ninjs--reject--headline-number.json", one(rejected("headline must be a string, not a number")));
        files.put("ninjs--reject--headlines-object.json", one(rejected("headlines must be an array, not an object")));
        files.put("ninjs--reject--picture-without-text.json", one(rejected("ninjs item of type picture has no article text")));
        files.put("ninjs--reject--subject-numbers.json", one(rejected("subject must be a string or an array of strings, but holds a number")));
        files.put("ninjs--reject--versioncreated-array.json", one(rejected("versioncreated must be an ISO-8601 string or epoch milliseconds, not an array")));
        // RSS
        files.put("rss--article--c1-control-chars.xml", one(article("Ferry timetable", "Harbour officials said the ferry starts on Monday.")));
        files.put("rss--article--emoji-and-devanagari.xml", one(article("Ferry \uD83D\uDE80 timetable",
                "बंदरगाह अधिकारियों ने कहा कि नई फेरी सोमवार से शुरू होगी।")));
        files.put("rss--article--script-in-description.xml", one(article("Ferry timetable", BODY)));
        files.put("rss--empty--no-items.xml", none());
        files.put("rss--mixed--absurd-pubdates.xml", items(article("Good date"), rejected("unparseable pubDate \"yesterday\""),
                rejected("unparseable pubDate \"Fri, 30 Feb 2024 10:00:00 GMT\""), rejected("unparseable pubDate \"Wed, 01 May 2024 25:00:00 GMT\""),
                rejected(), rejected()));
        files.put("rss--reject--billion-laughs.xml", one(rejected(DOCTYPE)));
        files.put("rss--reject--items-without-title.xml", items(rejected(MISSING_TITLE),
                rejected("item has no title, description or content:encoded"), rejected(MISSING_TITLE)));
        files.put("rss--reject--nested-elements-600.xml", one(rejected("exceeds the limit \"500\"")));
        files.put("rss--reject--no-channel.xml", one(rejected("RSS feed has no <channel> element")));
        files.put("rss--reject--nul-char-reference.xml", one(rejected(NOT_XML)));
        files.put("rss--reject--raw-control-byte.xml", one(rejected(NOT_XML)));
        files.put("rss--reject--truncated.xml", one(rejected(NOT_XML)));
        files.put("rss--reject--utf8-invalid.xml", one(rejected(NOT_XML)));
        files.put("rss--reject--xxe-after-comment-and-pi.rss", one(rejected(DOCTYPE)));
        files.put("rss--reject--xxe-file.xml", one(rejected(DOCTYPE)));
        // plain-text wire format
        files.put("text--article--bom-then-article.txt", one(article("Ferry timetable changes", BODY)));
        files.put("text--article--control-chars-raw.txt", one(article("Ferry timetable changes",
                "Harbour officials said [31mthe[0m ferry starts on Monday.")));
        files.put("text--article--emoji-title.txt", one(article("Ferry \uD83D\uDE80 timetable", BODY)));
        files.put("text--article--nul-bytes.txt", one(article("Ferry timetable changes", BODY)));
        files.put("text--reject--bom-only.txt", one(rejected("text article ended before")));
        files.put("text--reject--empty-file.txt", one(rejected("text article ended before a title line")));
        files.put("text--reject--utf8-encoded-surrogate.txt", one(rejected()));
        files.put("text--reject--utf8-overlong.txt", one(rejected()));
        files.put("text--reject--whitespace-only.txt", one(rejected("text article ended before a title line")));
        // XML that is no feed
        files.put("xml--reject--html-page.xml", one(rejected(DOCTYPE)));
        files.put("xml--reject--not-a-feed-root.xml", one(rejected("not an RSS feed: the root element is <articles>")));
        files.put("xml--reject--unclosed-tags.xml", one(rejected(NOT_XML)));
        files.put("xml--reject--utf16-declared-utf8-bytes.xml", one(rejected(NOT_XML)));
        files.put("xml--reject--xxe-unknown-root.xml", one(rejected(DOCTYPE)));
        return Collections.unmodifiableMap(files);
    }

    /** 40 lines; every fourth one broken, each in its own way. */
    private static Expectation fortyLines() {
        Map<Integer, ItemExpectation> broken = Map.of(
                4, rejected("line 4: malformed JSON"), 8, rejected("line 8: malformed JSON"), 12, rejected("line 12: malformed JSON"),
                16, rejected("line 16: expected a JSON object, found an array"), 20, rejected("line 20: expected a JSON object, found a string"),
                24, rejected("title must be a string, not a number"), 28, rejected(MISSING_BODY),
                32, rejected("unparseable published date \"yesterday\""), 36, rejected("line 36: expected a JSON object, found null"),
                40, rejected("line 40: malformed JSON"));
        return new Expectation(IntStream.rangeClosed(1, 40)
                .mapToObj(line -> broken.getOrDefault(line, article("Ferry sailing " + line,
                        "Sailing number " + line + " leaves the harbour at dawn.")))
                .toList());
    }

    /**
     * The push endpoint reads a body without a file name, so the reader is chosen by the content alone; where that
     * picks another reader than the file's extension does, the status differs.
     */
    static final Map<String, Integer> PUSH_STATUS_OVERRIDES = Map.of(
            // starts with '/', not '{': read as a plain-text article, which it is not
            "json--mixed--comment-line-then-object.json", 400);

    static int pushStatus(String file) {
        return PUSH_STATUS_OVERRIDES.getOrDefault(file, FILES.get(file).pushStatus());
    }

    // ---- bugs found in main code, one text each, and the corpus files that show them


    /** Corpus files whose file-reader expectation fails because of a bug in main code. */
    static final Map<String, String> READER_BUGS = Map.of();

    /** Corpus files whose push answer is wrong because of a bug in main code (500, or 202/400 the wrong way round). */
    static final Map<String, String> PUSH_BUGS = Map.of();

    /**
     * Runs {@code check}; for a case with a known bug, a failure aborts the test (reported as skipped, with the bug)
     * and a pass fails it, so that a fixed bug is noticed and its entry removed.
     */
    static void unlessKnownBug(String bug, ThrowingCallable check) throws Throwable {
        if (bug == null) {
            check.call();
            return;
        }
        Throwable failure = catchThrowable(check);
        if (failure == null) {
            fail("this case passes now: remove it from the known bugs (" + bug + ")");
        }
        Assumptions.abort(bug + " — still fails: " + firstLine(failure));
    }

    private static String firstLine(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        String line = message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message);
        return failure.getClass().getSimpleName() + ": " + (line.length() > 300 ? line.substring(0, 300) + "…" : line);
    }

    // ---- checks every item must pass

    /** Package-qualified Java names (java.lang.X, io.newsflow.…, com.fasterxml.…). */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|io|net)\\.[a-z]\\w*(?:\\.\\w+)+");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s*at [\\w.$]+\\(");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w+Exception\\b");
    static final int MAX_REASON_CHARS = 1_000;

    /** Null when {@code reason} is a sentence a feed publisher can read; else what is wrong with it. */
    static String unreadable(String reason) {
        if (reason == null || reason.isBlank()) {
            return "no reason";
        }
        if (reason.length() > MAX_REASON_CHARS) {
            return "a reason of " + reason.length() + " characters";
        }
        if (STACK_FRAME.matcher(reason).find() || reason.contains("\tat ")) {
            return "a stack trace";
        }
        if (QUALIFIED_NAME.matcher(reason).find()) {
            return "a Java class name";
        }
        if (EXCEPTION_NAME.matcher(reason).find()) {
            return "an exception name";
        }
        return null;
    }

    /** A valid article: title and body present, clean text, no markup that could run. */
    static void assertValidArticle(Article article, boolean literalMarkupAllowed, int maxBodyChars) {
        assertThat(article.getId()).as("id").isNotBlank();
        assertThat(article.getTitle()).as("title").isNotBlank();
        assertThat(article.getBody()).as("body").isNotBlank();
        assertThat(article.getBody().length()).as("body length").isLessThanOrEqualTo(maxBodyChars);
        for (Map.Entry<String, String> field : textFields(article).entrySet()) {
            String text = field.getValue();
            String name = field.getKey();
            assertThat(text.chars().filter(c -> Character.isISOControl(c) && !(name.equals("body") && c == '\n')))
                    .as("control characters in %s: %s", name, escaped(text)).isEmpty();
            assertThat(text).as("%s: U+FFFD means bytes were not valid UTF-8 and were replaced", name).doesNotContain("\uFFFD");
            assertThat(unpairedSurrogates(text)).as("unpaired surrogates in %s (not encodable as UTF-8)", name).isZero();
            if (!literalMarkupAllowed) {
                assertThat(text.toLowerCase(Locale.ROOT)).as("%s: %s", name, escaped(text))
                        .doesNotContain("<script", "<iframe", "javascript:", "onerror=", "onclick=", "evil-");
            }
        }
    }

    private static Map<String, String> textFields(Article article) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", article.getTitle());
        fields.put("body", article.getBody());
        if (article.getSummary() != null) {
            fields.put("summary", article.getSummary());
        }
        fields.put("source", article.getSource());
        return fields;
    }

    private static long unpairedSurrogates(String text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                count++;
            }
        }
        return count;
    }

    /** A clear rejection: a readable reason, and the item's original bytes kept. */
    static void assertClearRejection(HostileCorpus.Refused refused, byte[] input, boolean reserialisedItems) {
        assertThat(unreadable(refused.reason())).as("reason \"%s\"", refused.reason()).isNull();
        assertThat(refused.errorClass()).as("error class").isNotBlank();
        assertThat(refused.payload()).as("payload").isNotNull();
        if (!contains(input, refused.payload())) {
            // an array element or a feed entry has no bytes of its own: its serialised form stands in for them
            assertThat(reserialisedItems).as("payload of \"%s\" is not part of the input", refused.reason()).isTrue();
            assertThat(refused.payload()).as("payload of \"%s\"", refused.reason()).isNotEmpty();
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        if (Arrays.equals(haystack, needle)) {
            return true;
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(300).forEach(c -> {
            if (Character.isISOControl(c) && c != '\n' || c == 0xFFFD || c == 0xFEFF || Character.isSurrogate((char) c) && c < 0x10000) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static List<String> describe(List<ItemExpectation> items) {
        List<String> descriptions = new ArrayList<>();
        items.forEach(item -> descriptions.add(item.description()));
        return descriptions;
    }
}
