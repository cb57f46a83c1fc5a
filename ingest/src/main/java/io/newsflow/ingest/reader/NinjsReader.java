package io.newsflow.ingest.reader;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.ingest.reader.JsonArticleReader.JsonDocuments;
import io.newsflow.ingest.reader.JsonArticleReader.JsonFields;
import io.newsflow.ingest.reader.JsonArticleReader.JsonFields.Text;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * IPTC ninjs ("News in JSON") items, versions 1.x and 2.x: one item, an array of items, or JSON lines of
 * items. Version 1.x names single values ({@code headline}, {@code body_text}, {@code byline},
 * {@code subject}); 2.x lists variants with a role and content type ({@code headlines}, {@code bodies},
 * {@code descriptions}) and renames some fields ({@code by}, {@code subjects}, {@code people}). Both are read.
 */
public final class NinjsReader implements ArticleReader {

    public static final String FORMAT = "ninjs";
    /** The ninjs types that are articles; a picture or video item is one only when it carries text. */
    private static final Set<String> ARTICLE_TYPES = Set.of("text", "composite");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)^https?://\\S+$");
    /** ninjs "people" are mostly who a story is about; only these relations name who wrote it. */
    private static final Pattern AUTHOR_REL = Pattern.compile("(?i).*\\b(author|creator|byline|writer)\\b.*");

    private final Clock clock;

    public NinjsReader() {
        this(Clock.systemUTC());
    }

    /** @param clock "now" for refusing publication dates too far in the future */
    public NinjsReader(Clock clock) {
        this.clock = clock;
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
     * Whether a JSON object is a ninjs item rather than a plain JSON article: it names its texts the ninjs way
     * and carries the ninjs identity or version stamp.
     */
    static boolean looksLikeNinjs(JsonNode object) {
        return hasAny(object, "headline", "headlines", "body_html", "bodies") && hasAny(object, "uri", "versioncreated");
    }

    /**
     * Title and body are not checked for presence here: {@link ArticleNormalizer} does that for every reader.
     *
     * @throws InvalidArticleException when a field has the wrong JSON type or an implausible date, or the item
     *                                 is a picture, video… without text
     */
    public RawArticle map(JsonNode item) {
        JsonFields fields = new JsonFields(item);
        Text body = text(fields, "body", "bodies");
        String type = fields.string("type");
        if (body == null && type != null && !ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            throw new InvalidArticleException("ninjs item of type " + type + " has no article text");
        }
        RawArticle.Builder builder = RawArticle.builder(FORMAT)
                .url(httpUrl(fields.string("uri")))
                .source(source(fields))
                .language(fields.string("language"))
                .publishedAt(fields.instant(clock, "versioncreated", "firstcreated"))
                .authors(authors(fields))
                .tags(fields.names(List::of, "subject", "subjects"));
        return JsonFields.texts(builder, title(fields), text(fields, "description", "descriptions"), body).build();
    }

    /** 1.x headline, else the 2.x headline with role "main" (or the first), else the item's short title. */
    private static String title(JsonFields fields) {
        String headline = fields.string("headline");
        if (headline != null) {
            return headline;
        }
        return preferMain(Variant.all(fields, "headlines"), any -> true)
                .map(Variant::value)
                .orElseGet(() -> fields.string("title"));
    }

    /** The 1.x {prefix}_text, else {prefix}_html or _xhtml, else the best entry of the 2.x list. */
    private static Text text(JsonFields fields, String prefix, String listKey) {
        String plain = fields.string(prefix + "_text");
        if (plain != null) {
            return Text.plain(plain);
        }
        String html = fields.string(prefix + "_html", prefix + "_xhtml");
        return html != null ? Text.html(html) : bestVariant(fields, listKey);
    }

    /** Plain text before HTML (no markup to guess around), and the "main" role first within each. */
    private static Text bestVariant(JsonFields fields, String key) {
        List<Variant> variants = Variant.all(fields, key);
        return preferMain(variants, Variant::isPlain).map(v -> Text.plain(v.value()))
                .or(() -> preferMain(variants, Variant::isHtml).map(v -> Text.html(v.value())))
                .orElse(null);
    }

    private static Optional<Variant> preferMain(List<Variant> variants, Predicate<Variant> kind) {
        return variants.stream().filter(kind).filter(Variant::isMain).findFirst()
                .or(() -> variants.stream().filter(kind).findFirst());
    }

    /** A ninjs uri is an identifier, often a URN ("urn:newsml:…"); only a web address is a URL to link to. */
    private static String httpUrl(String uri) {
        return uri != null && HTTP_URL.matcher(uri.trim()).matches() ? uri : null;
    }

    private static String source(JsonFields fields) {
        String copyrightHolder = fields.string("copyrightholder");
        if (copyrightHolder != null) {
            return copyrightHolder;
        }
        return Stream.of("provider", "infosource", "infosources")
                .flatMap(key -> fields.names(List::of, key).stream())
                .filter(name -> !name.isBlank())
                .findFirst().orElse(null);
    }

    /** The byline (1.x) or "by" (2.x) statement, else the people related to the item as its authors. */
    private static List<String> authors(JsonFields fields) {
        String byline = fields.string("byline", "by");
        if (byline != null) {
            return JsonFields.bylineNames(byline);
        }
        JsonFields.Field people = fields.first("people", "person");
        return fields.array("people", "person").stream()
                .filter(person -> AUTHOR_REL.matcher(person.path("rel").asText("")).matches())
                .map(person -> JsonFields.nameOf(people, person))
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean hasAny(JsonNode object, String... keys) {
        return Stream.of(keys).anyMatch(object::hasNonNull);
    }

    /** One entry of a 2.x list of texts: {"value": …, "contenttype": …, "role": …}. */
    private record Variant(String value, String contentType, String role) {

        static List<Variant> all(JsonFields fields, String key) {
            JsonFields.Field field = fields.first(key);
            return fields.array(key).stream().map(entry -> of(field, entry)).filter(v -> v.value() != null).toList();
        }

        private static Variant of(JsonFields.Field field, JsonNode entry) {
            if (!entry.isObject() || !isStringOrAbsent(entry.path("value"))) {
                throw new InvalidArticleException(field.name() + " must be an array of {\"value\": \"…\"} objects, but holds "
                        + JsonDocuments.describe(entry));
            }
            String value = entry.path("value").textValue();
            return new Variant(value == null || value.isBlank() ? null : value,
                    entry.path("contenttype").asText("").toLowerCase(Locale.ROOT), entry.path("role").asText(""));
        }

        private static boolean isStringOrAbsent(JsonNode value) {
            return value.isTextual() || value.isMissingNode() || value.isNull();
        }

        boolean isMain() {
            return "main".equalsIgnoreCase(role);
        }

        /** Without a content type, the value itself tells: markup means HTML. */
        boolean isPlain() {
            return contentType.startsWith("text/plain") || contentType.isEmpty() && !HtmlText.looksLikeHtml(value);
        }

        boolean isHtml() {
            return contentType.contains("html") || contentType.isEmpty() && HtmlText.looksLikeHtml(value);
        }
    }
}
