package io.newsflow.ingest.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsflow.schemas.serde.Latin1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;

/**
 * Articles as JSON, in whichever shape the bytes show: JSON lines (one object per line), one object, or an
 * array of objects. Field names follow what exports commonly use, with aliases ({@code body}/{@code text},
 * {@code body_html}/{@code html}, {@code published}/{@code publishedAt}/{@code published_at}/{@code date}…).
 * An object that is really an IPTC ninjs item is mapped by {@link NinjsReader} instead, and its article's
 * format says "ninjs", so the mapping used can be told afterwards.
 */
public final class JsonArticleReader implements ArticleReader {

    public static final String FORMAT = "jsonl";

    private final Clock clock;
    private final NinjsReader ninjs;

    public JsonArticleReader() {
        this(Clock.systemUTC());
    }

    /** @param clock "now" for refusing publication dates too far in the future */
    public JsonArticleReader(Clock clock) {
        this.clock = clock;
        this.ninjs = new NinjsReader(clock);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<Item> read(Input input) {
        return JsonDocuments.read(input, this::map);
    }

    /**
     * Title and body are not checked for presence here: {@link ArticleNormalizer} does that for every reader.
     *
     * @throws InvalidArticleException when a field has the wrong JSON type or an implausible date
     */
    public RawArticle map(JsonNode object) {
        if (NinjsReader.looksLikeNinjs(object)) {
            return ninjs.map(object);
        }
        JsonFields fields = new JsonFields(object);
        RawArticle.Builder builder = RawArticle.builder(FORMAT)
                .url(fields.string("url"))
                .source(fields.string("source"))
                .language(fields.string("language", "lang"))
                .publishedAt(fields.instant(clock, "published", "publishedAt", "published_at", "date"))
                .authors(authors(fields))
                .tags(fields.names(JsonArticleReader::commaSeparated, "tags", "keywords"));
        JsonFields.Text summary = JsonFields.Text.plain(fields.string("summary", "description", "lede"));
        return JsonFields.texts(builder, fields.string("title"), summary, body(fields)).build();
    }

    private static JsonFields.Text body(JsonFields fields) {
        String text = fields.string("body", "text");
        return text != null ? JsonFields.Text.plain(text) : JsonFields.Text.html(fields.string("body_html", "html"));
    }

    /** "author" holds one name as given; only a "byline" is prose ("By Ann Lee and Bo Chen") to be split. */
    private static List<String> authors(JsonFields fields) {
        List<String> authors = fields.names(List::of, "authors", "author");
        return authors.isEmpty() ? fields.names(JsonFields::bylineNames, "byline") : authors;
    }

    private static List<String> commaSeparated(String tags) {
        return Arrays.stream(tags.split(",")).map(String::trim).filter(tag -> !tag.isEmpty()).toList();
    }

    /**
     * The commonest date form in feeds, {@code 2024-05-01T12:30:00Z}, read without a {@link DateTimeFormatter}
     * (which cost a tenth of reading a JSON article). Anything else is left to the formatter.
     */
    static final class UtcSeconds {

        private static final String SHAPE = "dddd-dd-ddTdd:dd:ddZ";

        private UtcSeconds() {
        }

        /** @return the instant, or null when the text is not exactly of this shape */
        static Instant parse(String text) {
            if (text.length() != SHAPE.length()) {
                return null;
            }
            for (int i = 0; i < SHAPE.length(); i++) {
                char expected = SHAPE.charAt(i);
                char c = text.charAt(i);
                if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
                    return null;
                }
            }
            try {
                return java.time.LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                        number(text, 11, 2), number(text, 14, 2), number(text, 17, 2)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                return null; // e.g. month 13: the formatter says what is wrong
            }
        }

        private static int number(String text, int from, int digits) {
            int value = 0;
            for (int i = from; i < from + digits; i++) {
                value = value * 10 + text.charAt(i) - '0';
            }
            return value;
        }
    }

    /**
     * Whether the bytes begin (after a byte-order mark and blank lines) with a whole line that is a JSON object
     * on its own: JSON lines, which may be cut into chunks at line ends, rather than one document.
     */
    public static boolean startsWithObjectLine(byte[] head) {
        int from = JsonDocuments.firstContent(head);
        int end = JsonDocuments.lineEnd(head, from);
        return end < head.length && JsonDocuments.isObject(Arrays.copyOfRange(head, from, end));
    }

    /** Whether the bytes hold the first non-blank line and its line end. */
    public static boolean holdsFirstLine(byte[] head) {
        int from = JsonDocuments.firstContent(head);
        return from < head.length && JsonDocuments.lineEnd(head, from) < head.length;
    }

    /**
     * Splits an input into JSON objects and maps each to an item, so both JSON readers accept the same shapes.
     * Each item keeps its own bytes: its line, its re-serialised array element, or the whole input for a
     * single document or an input that is not JSON at all.
     */
    static final class JsonDocuments {

        private static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        /** Jackson's asides (where an object started, its own class and feature names) mean nothing to a publisher. */
        private static final Pattern JACKSON_ASIDES = Pattern.compile(
                "\\s*\\(start marker at \\[Source: .*?]\\)|\\s*\\(bound as `[^`]*`\\)|: not allowed as per `[^`]*`");
        private static final int MAX_MESSAGE_CHARS = 200;

        private JsonDocuments() {
        }

        static List<Item> read(Input input, Function<JsonNode, RawArticle> mapping) {
            byte[] bytes = input.bytes();
            int start = startsWithBom(bytes) ? BOM.length : 0;
            int first = skipWhitespace(bytes, start);
            if (first == bytes.length) {
                return List.of();
            }
            int invalid = Utf8Check.firstInvalid(bytes, 0, bytes.length);
            if (invalid >= 0) {
                return withInvalidUtf8(bytes, start, first, invalid, mapping);
            }
            List<Item> jsonLines = bytes[first] == '{' ? linesAfterAnObjectLine(bytes, start, first, mapping) : null;
            if (jsonLines != null) {
                return jsonLines;
            }
            try {
                return document(MAPPER.readTree(bytes, start, bytes.length - start), bytes, mapping);
            } catch (IOException e) {
                // Several values, or a broken one: JSON lines if any line stands alone as an object.
                if (bytes[first] != '[') {
                    List<Line> lines = nonBlankLines(bytes, start);
                    if (anyLineIsAnObject(lines)) {
                        return lines.stream().map(line -> line(line, mapping)).toList();
                    }
                }
                return List.of(Item.Broken.of("input is not valid JSON: " + shortMessage(e) + location(e), e, bytes));
            }
        }

        /**
         * Input that is not valid UTF-8 somewhere: as JSON lines, each line on its own (the broken ones refused, the
         * others read); otherwise the whole input is refused, saying where.
         */
        private static List<Item> withInvalidUtf8(byte[] bytes, int start, int first, int invalid,
                Function<JsonNode, RawArticle> mapping) {
            boolean severalLines = skipWhitespace(bytes, lineEnd(bytes, first)) < bytes.length;
            if (bytes[first] != '{' || !severalLines) {
                return List.of(Item.Broken.of("input is not valid JSON: Invalid UTF-8 at byte " + invalid
                        + " (re-encode it as UTF-8)", null, bytes));
            }
            List<Item> items = new ArrayList<>();
            for (Line line : nonBlankLines(bytes, start)) {
                int bad = Utf8Check.firstInvalid(line.bytes(), 0, line.bytes().length);
                items.add(bad < 0 ? line(line, mapping) : Item.Broken.of("line " + line.number()
                        + ": malformed JSON: Invalid UTF-8 at byte " + bad + " of the line (re-encode it as UTF-8)", null, line.bytes()));
            }
            return items;
        }

        /**
         * JSON lines, when the first line is an object on its own and more follows: the input as a whole cannot be
         * one document then, so it is not parsed as one first (which read the first line three times); null when
         * the first line is not such an object.
         */
        private static List<Item> linesAfterAnObjectLine(byte[] bytes, int start, int first, Function<JsonNode, RawArticle> mapping) {
            if (skipWhitespace(bytes, lineEnd(bytes, first)) == bytes.length) {
                return null;
            }
            List<Line> lines = nonBlankLines(bytes, start);
            JsonNode firstObject;
            try {
                firstObject = MAPPER.readTree(lines.get(0).bytes());
            } catch (IOException e) {
                return null;
            }
            if (!firstObject.isObject()) {
                return null;
            }
            List<Item> items = new ArrayList<>(lines.size());
            items.add(item(firstObject, lines.get(0).bytes(), mapping));
            for (Line line : lines.subList(1, lines.size())) {
                items.add(line(line, mapping));
            }
            return items;
        }

        private static List<Item> document(JsonNode root, byte[] bytes, Function<JsonNode, RawArticle> mapping) {
            if (root.isObject()) {
                return List.of(item(root, bytes, mapping));
            }
            if (!root.isArray()) {
                return List.of(Item.Broken.of("expected a JSON object, an array of objects or JSON lines, found "
                        + describe(root), null, bytes));
            }
            List<Item> items = new ArrayList<>(root.size());
            for (int i = 0; i < root.size(); i++) {
                items.add(element(root.get(i), i + 1, mapping));
            }
            return items;
        }

        /** An array element has no bytes of its own in the input; its JSON re-serialised stands in for them. */
        private static Item element(JsonNode element, int position, Function<JsonNode, RawArticle> mapping) {
            byte[] payload = serialise(element);
            if (!element.isObject()) {
                return Item.Broken.of("array element " + position + ": expected a JSON object, found "
                        + describe(element), null, payload);
            }
            return item(element, payload, mapping);
        }

        private static Item line(Line line, Function<JsonNode, RawArticle> mapping) {
            JsonNode node;
            try {
                node = MAPPER.readTree(line.bytes());
            } catch (IOException e) {
                return Item.Broken.of("line " + line.number() + ": malformed JSON: " + shortMessage(e), e, line.bytes());
            }
            if (!node.isObject()) {
                return Item.Broken.of("line " + line.number() + ": expected a JSON object, found " + describe(node),
                        null, line.bytes());
            }
            return item(node, line.bytes(), mapping);
        }

        private static Item item(JsonNode object, byte[] payload, Function<JsonNode, RawArticle> mapping) {
            try {
                return new Item.Parsed(mapping.apply(object), payload);
            } catch (InvalidArticleException e) {
                return Item.Broken.of(e.getMessage(), e, payload);
            }
        }

        private static boolean anyLineIsAnObject(List<Line> lines) {
            return lines.stream().anyMatch(line -> isObject(line.bytes()));
        }

        static boolean isObject(byte[] json) {
            try {
                return MAPPER.readTree(json).isObject();
            } catch (IOException e) {
                return false;
            }
        }

        /** Past a byte-order mark and any white space. */
        static int firstContent(byte[] bytes) {
            return skipWhitespace(bytes, startsWithBom(bytes) ? BOM.length : 0);
        }

        /** The index of the line end at or after {@code from}, or the length when there is none. */
        static int lineEnd(byte[] bytes, int from) {
            return indexOfNewline(bytes, from);
        }

        /** Lines without their terminator ("\n" or "\r\n"), numbered from 1 as an editor shows them. */
        private static List<Line> nonBlankLines(byte[] bytes, int start) {
            List<Line> lines = new ArrayList<>();
            int number = 0;
            for (int from = start; from < bytes.length; ) {
                int end = indexOfNewline(bytes, from);
                number++;
                int contentEnd = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
                if (skipWhitespace(bytes, from, contentEnd) < contentEnd) {
                    lines.add(new Line(number, Arrays.copyOfRange(bytes, from, contentEnd)));
                }
                from = end + 1;
            }
            return lines;
        }

        private record Line(int number, byte[] bytes) {
        }

        private static int indexOfNewline(byte[] bytes, int from) {
            return Latin1.indexOf(bytes, from, bytes.length, (byte) '\n');
        }

        private static boolean startsWithBom(byte[] bytes) {
            return bytes.length >= BOM.length && Arrays.equals(bytes, 0, BOM.length, BOM, 0, BOM.length);
        }

        private static int skipWhitespace(byte[] bytes, int from) {
            return skipWhitespace(bytes, from, bytes.length);
        }

        private static int skipWhitespace(byte[] bytes, int from, int to) {
            int i = from;
            while (i < to && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
                i++;
            }
            return i;
        }

        private static byte[] serialise(JsonNode node) {
            try {
                return MAPPER.writeValueAsBytes(node);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("a parsed JSON tree could not be written back", e);
            }
        }

        private static String shortMessage(IOException e) {
            String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            if (message == null) {
                return e.getClass().getSimpleName();
            }
            String firstLine = JACKSON_ASIDES.matcher(message.lines().findFirst().orElse("")).replaceAll("");
            return firstLine.length() <= MAX_MESSAGE_CHARS ? firstLine : firstLine.substring(0, MAX_MESSAGE_CHARS) + "…";
        }

        private static String location(IOException e) {
            if (e instanceof JsonProcessingException json && json.getLocation() != null) {
                return " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
            }
            return "";
        }

        static String describe(JsonNode node) {
            return switch (node.getNodeType()) {
                case ARRAY -> "an array";
                case OBJECT, POJO -> "an object";
                case NUMBER -> "a number";
                case STRING -> "a string";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
                case BINARY -> "binary data";
                case MISSING -> "nothing";
            };
        }
    }

    /**
     * Typed access to the fields of one JSON object, shared by both JSON readers: the first present of several
     * aliases wins, and a value of the wrong JSON type is refused rather than guessed at.
     */
    static final class JsonFields {

        private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
        private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
        private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d+");
        private static final Pattern PLAIN_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private static final Pattern BYLINE_PREFIX = Pattern.compile("^\\s*by\\s+", Pattern.CASE_INSENSITIVE);
        private static final Pattern BYLINE_SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*",
                Pattern.CASE_INSENSITIVE);
        /** ISO-8601 date-time with a mandatory offset ("Z", "+02:00" or "+0200"): without one the instant is unknown. */
        private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
                .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
                .toFormatter(Locale.ROOT)
                .withChronology(IsoChronology.INSTANCE)
                .withResolverStyle(ResolverStyle.STRICT);

        private final JsonNode object;

        JsonFields(JsonNode object) {
            this.object = object;
        }

        /** A text as a feed gave it, and whether it is HTML. */
        record Text(String value, boolean html) {

            static Text plain(String value) {
                return value == null ? null : new Text(value, false);
            }

            static Text html(String value) {
                return value == null ? null : new Text(value, true);
            }

            /** The same text as HTML or as plain text. */
            String as(boolean wantHtml) {
                if (wantHtml == html) {
                    return value;
                }
                return wantHtml ? Entities.escape(value) : HtmlText.toText(value);
            }
        }

        /**
         * {@link RawArticle} has one HTML flag for title, summary and body, so the title and summary are brought
         * to the body's kind: escaped when the body is HTML (a title "Q&A: <b> or <i>?" stays as written),
         * turned into text when only the summary is HTML.
         */
        static RawArticle.Builder texts(RawArticle.Builder builder, String title, Text summary, Text body) {
            boolean html = body != null && body.html();
            return builder
                    .title(title == null ? null : Text.plain(title).as(html))
                    .summary(summary == null ? null : summary.as(html))
                    .body(body == null ? null : body.value(), html);
        }

        /** "By Ann Lee, Bo Chen and Cy Diaz" → [Ann Lee, Bo Chen, Cy Diaz]. */
        static List<String> bylineNames(String byline) {
            String names = BYLINE_PREFIX.matcher(byline).replaceFirst("");
            return Arrays.stream(BYLINE_SEPARATORS.split(names)).map(String::trim).filter(name -> !name.isEmpty()).toList();
        }

        /** The first present (non-null, non-blank) of {@code keys}; null if none is. */
        Field first(String... keys) {
            for (String key : keys) {
                JsonNode value = object.get(key);
                if (value != null && !value.isNull() && !(value.isTextual() && value.textValue().isBlank())) {
                    return new Field(key, value);
                }
            }
            return null;
        }

        record Field(String name, JsonNode value) {
        }

        String string(String... keys) {
            Field field = first(keys);
            if (field == null) {
                return null;
            }
            if (!field.value().isTextual()) {
                throw wrongType(field, "a string");
            }
            return field.value().textValue();
        }

        /** Elements of the first present of {@code keys}, which must be an array. */
        List<JsonNode> array(String... keys) {
            Field field = first(keys);
            if (field == null) {
                return List.of();
            }
            if (!field.value().isArray()) {
                throw wrongType(field, "an array");
            }
            List<JsonNode> elements = new ArrayList<>();
            field.value().forEach(elements::add);
            return elements;
        }

        /**
         * Names from the first present of {@code keys}: one string (split by {@code splitString}), one
         * {"name": …} object, or an array of strings or such objects. Objects without a name (a subject given
         * only by its code) are skipped.
         */
        List<String> names(Function<String, List<String>> splitString, String... keys) {
            Field field = first(keys);
            if (field == null) {
                return List.of();
            }
            if (field.value().isTextual()) {
                return splitString.apply(field.value().textValue());
            }
            if (field.value().isObject()) {
                return Stream.ofNullable(nameOf(field, field.value())).toList();
            }
            if (!field.value().isArray()) {
                throw wrongType(field, "a string or an array of strings");
            }
            List<String> names = new ArrayList<>();
            for (JsonNode element : field.value()) {
                String name = nameOf(field, element);
                if (name != null) {
                    names.add(name);
                }
            }
            return names;
        }

        /** A string, or the "name" of an object; null for an object without one. */
        static String nameOf(Field field, JsonNode element) {
            if (element.isTextual()) {
                return element.textValue();
            }
            JsonNode name = element.path("name");
            if (element.isObject() && (name.isTextual() || name.isMissingNode() || name.isNull())) {
                return name.textValue();
            }
            throw new InvalidArticleException(field.name() + " must be a string or an array of strings, but holds "
                    + JsonDocuments.describe(element));
        }

        /**
         * The first present of {@code keys} as an instant: ISO-8601 with an offset, a plain date (midnight UTC)
         * or epoch milliseconds (number or numeric string). Dates before 1900 or more than a day ahead of the
         * clock are refused: they are typos or wrong units (microseconds read as milliseconds land centuries
         * ahead), and an article dated so would sort wrongly everywhere downstream.
         */
        Instant instant(Clock clock, String... keys) {
            Field field = first(keys);
            if (field == null) {
                return null;
            }
            Instant instant = parseInstant(field);
            String value = field.value().asText();
            if (instant.isBefore(EARLIEST)) {
                throw new InvalidArticleException(field.name() + " \"" + value + "\" is before 1900: not a plausible publication date");
            }
            if (instant.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
                throw new InvalidArticleException(field.name() + " \"" + value + "\" is more than a day in the future");
            }
            return instant;
        }

        private static Instant parseInstant(Field field) {
            JsonNode value = field.value();
            if (!value.isTextual() && !value.isNumber()) {
                throw wrongType(field, "an ISO-8601 string or epoch milliseconds");
            }
            String text = value.asText().trim();
            try {
                if (value.isNumber()) {
                    return Instant.ofEpochMilli(wholeMillis(value));
                }
                if (EPOCH_MILLIS.matcher(text).matches()) {
                    return Instant.ofEpochMilli(Long.parseLong(text));
                }
                if (PLAIN_DATE.matcher(text).matches()) {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                Instant utc = UtcSeconds.parse(text);
                return utc != null ? utc : OffsetDateTime.parse(text, OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeException | NumberFormatException e) {
                throw new InvalidArticleException("unparseable published date \"" + text + "\" in " + field.name()
                        + " (expected ISO-8601 with an offset, a yyyy-MM-dd date or epoch milliseconds)", e);
            }
        }

        private static long wholeMillis(JsonNode number) {
            if (!number.canConvertToExactIntegral() || !number.canConvertToLong()) {
                throw new NumberFormatException("not whole epoch milliseconds: " + number.asText());
            }
            return number.asLong();
        }

        private static InvalidArticleException wrongType(Field field, String expected) {
            return new InvalidArticleException(field.name() + " must be " + expected + ", not "
                    + JsonDocuments.describe(field.value()));
        }
    }
}
