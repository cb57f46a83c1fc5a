package io.newsflow.ingest.reader;

import static io.newsflow.ingest.reader.XmlFeeds.attribute;
import static io.newsflow.ingest.reader.XmlFeeds.child;
import static io.newsflow.ingest.reader.XmlFeeds.childText;
import static io.newsflow.ingest.reader.XmlFeeds.children;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Atom 1.0 feeds: one item per {@code <entry>}; the feed gives every entry its source, and its authors
 * to entries that name none. Title, summary and content are Atom text constructs (text, html or xhtml);
 * all three are handed on as HTML, since {@link RawArticle} has one {@code bodyIsHtml} for them all.
 */
public final class AtomReader implements ArticleReader {

    private final java.time.Clock clock;

    public AtomReader() {
        this(java.time.Clock.systemUTC());
    }

    /** @param clock "now" for refusing publication dates too far in the future */
    public AtomReader(java.time.Clock clock) {
        this.clock = clock;
    }

    public static final String FORMAT = "atom";
    private static final String ATOM = FeedFormats.ATOM_NS;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<Item> read(Input input) {
        return XmlFeeds.items(input, Feed::of, Feed::entries, this::article);
    }

    private RawArticle article(Element entry, Feed feed) {
        String title = child(entry, ATOM, "title").map(AtomReader::html).orElse(null);
        Optional<Element> contentElement = child(entry, ATOM, "content");
        String content = contentElement.map(AtomReader::content).orElse(null);
        String summary = child(entry, ATOM, "summary").map(AtomReader::html).orElse(null);
        if (title == null && content == null && summary == null) {
            throw new InvalidArticleException("entry has no title, content or summary: nothing to make an article of");
        }
        List<String> authors = authors(entry);
        return RawArticle.builder(FORMAT).source(feed.source()).title(title).url(url(entry))
                // without content the summary is all the text there is, and is not repeated as a lede
                .body(content != null ? content : summary, true).summary(content != null ? summary : null)
                .language(XmlFeeds.inherited(contentElement.orElse(entry), XmlFeeds.XML_NS, "lang"))
                .publishedAt(publishedAt(entry)).authors(authors.isEmpty() ? feed.authors() : authors).tags(tags(entry))
                .build();
    }

    /** A text construct as HTML: html as given, xhtml serialised back, plain text escaped. Null when empty. */
    private static String html(Element text) {
        String type = Objects.requireNonNullElse(attribute(text, "type"), "text").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "html", "text/html" -> XmlFeeds.markup(text);
            case "xhtml", "application/xhtml+xml" -> xhtml(text);
            default -> textAsHtml(XmlFeeds.text(text));
        };
    }

    /** Content is a text construct too, unless it is elsewhere ({@code src}) or not text at all (images, PDFs…). */
    private static String content(Element content) {
        String type = Objects.requireNonNullElse(attribute(content, "type"), "text").toLowerCase(Locale.ROOT);
        boolean textual = List.of("text", "html", "xhtml", "application/xhtml+xml").contains(type) || type.startsWith("text/");
        return attribute(content, "src") == null && textual ? html(content) : null;
    }

    /** XHTML content is wrapped in one {@code <div>} that belongs to the construct, not to the text. */
    private static String xhtml(Element text) {
        Element container = child(text, "http://www.w3.org/1999/xhtml", "div").orElse(text);
        String markup = XmlFeeds.innerMarkup(container);
        return markup.isBlank() ? null : markup;
    }

    /** Plain text as HTML that keeps its paragraphs and any '<' or '&' it contains. */
    private static String textAsHtml(String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(text.split("\\n\\s*\\n")).map(p -> "<p>" + Entities.escape(p) + "</p>")
                .collect(Collectors.joining());
    }

    /** The alternate link (rel defaults to alternate), else the first link, resolved against xml:base. */
    private static String url(Element entry) {
        List<Element> links = children(entry, ATOM, "link").stream().filter(l -> attribute(l, "href") != null).toList();
        return links.stream().filter(l -> "alternate".equals(Objects.requireNonNullElse(attribute(l, "rel"), "alternate")))
                .findFirst().or(() -> links.stream().findFirst())
                .map(l -> resolve(l, attribute(l, "href"))).orElse(null);
    }

    /** xml:base applies from the root down, each base relative to the one above it. */
    private static String resolve(Element link, String href) {
        Deque<String> bases = new ArrayDeque<>();
        for (Node node = link; node instanceof Element element; node = node.getParentNode()) {
            if (!element.getAttributeNS(XmlFeeds.XML_NS, "base").isBlank()) {
                bases.push(element.getAttributeNS(XmlFeeds.XML_NS, "base").trim());
            }
        }
        try {
            URI resolved = null;
            for (String base : bases) {
                resolved = resolved == null ? URI.create(base) : resolved.resolve(base);
            }
            return resolved == null ? href : resolved.resolve(href).toString();
        } catch (IllegalArgumentException e) {
            return href; // a base that is no URI cannot make the link any better
        }
    }

    /** Atom requires updated and makes published optional; when both are there, published is the right one. */
    private Instant publishedAt(Element entry) {
        for (String name : List.of("published", "updated")) {
            String value = childText(entry, ATOM, name);
            if (value != null) {
                return FeedDates.plausible(FeedDates.rfc3339(value).orElseThrow(() -> new InvalidArticleException("unparseable "
                        + name + " " + XmlFeeds.quoted(value) + " (expected an RFC 3339 date such as \"2024-03-05T09:30:00Z\")")),
                        name, value, clock);
            }
        }
        return null;
    }

    private static List<String> authors(Element parent) {
        return children(parent, ATOM, "author").stream().map(author -> childText(author, ATOM, "name"))
                .filter(Objects::nonNull).toList();
    }

    /** The term is the category; the label, meant for display, stands in only when the term is missing. */
    private static List<String> tags(Element entry) {
        return children(entry, ATOM, "category").stream()
                .map(c -> Optional.ofNullable(attribute(c, "term")).orElse(attribute(c, "label")))
                .filter(Objects::nonNull).toList();
    }

    /** What every entry of the feed shares. */
    private record Feed(String source, List<String> authors, List<Element> entries) {

        static Feed of(Element root) {
            if (!XmlFeeds.is(root, ATOM, "feed")) {
                throw new InvalidArticleException("not an Atom 1.0 feed: the root element is " + XmlFeeds.nameOf(root)
                        + " where <feed> in the namespace " + ATOM + " was expected");
            }
            String source = child(root, ATOM, "title").map(AtomReader::html).map(HtmlText::toText).orElse(null);
            return new Feed(source, AtomReader.authors(root), children(root, ATOM, "entry"));
        }
    }
}
