package io.newsflow.ingest.reader;

import static io.newsflow.ingest.reader.XmlFeeds.child;
import static io.newsflow.ingest.reader.XmlFeeds.childText;
import static io.newsflow.ingest.reader.XmlFeeds.children;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * RSS feeds: 2.0 and 0.9x ({@code <rss><channel><item>}) and the RDF flavours 0.90 and 1.0
 * ({@code <rdf:RDF>} with items beside the channel). One item per {@code <item>}; the channel gives
 * every item its source and language. Descriptions and {@code content:encoded} are HTML; titles are
 * handled as HTML too, since feeds routinely put entities and markup in them.
 */
public final class RssReader implements ArticleReader {

    private final java.time.Clock clock;

    public RssReader() {
        this(java.time.Clock.systemUTC());
    }

    /** @param clock "now" for refusing publication dates too far in the future */
    public RssReader(java.time.Clock clock) {
        this.clock = clock;
    }

    public static final String FORMAT = "rss";
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final List<String> RDF_CHANNEL_NAMESPACES = List.of("http://purl.org/rss/1.0/",
            "http://my.netscape.com/rdf/simple/0.9/");
    /** RSS 2.0's {@code <author>} is an e-mail address, by convention followed by the name in parentheses. */
    private static final Pattern EMAIL_AND_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)\\s*");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<Item> read(Input input) {
        return XmlFeeds.items(input, Channel::of, Channel::items, this::article);
    }

    private RawArticle article(Element item, Channel channel) {
        String ns = channel.namespace();
        String title = childText(item, ns, "title");
        String description = childMarkup(item, ns, "description");
        String encoded = childMarkup(item, CONTENT_NS, "encoded");
        if (title == null && description == null && encoded == null) {
            throw new InvalidArticleException("item has no title, description or content:encoded: nothing to make an article of");
        }
        return RawArticle.builder(FORMAT).source(channel.source()).language(channel.language())
                .title(title).url(url(item, ns)).publishedAt(publishedAt(item, ns))
                // content:encoded is the full text; the description is then only its teaser
                .body(encoded != null ? encoded : description, true).summary(encoded != null ? description : null)
                .authors(authors(item, ns)).tags(tags(item, ns))
                .build();
    }

    private static String childMarkup(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName).map(XmlFeeds::markup).orElse(null);
    }

    /** The link; failing that a permalink guid (RSS 2.0) or the item's rdf:about (RSS 1.0). */
    private static String url(Element item, String ns) {
        String link = childText(item, ns, "link");
        if (link != null) {
            return link;
        }
        String guid = child(item, ns, "guid").filter(g -> !"false".equalsIgnoreCase(g.getAttribute("isPermaLink").trim()))
                .map(XmlFeeds::text).filter(g -> g.matches("(?i)https?://\\S+")).orElse(null);
        String about = item.getAttributeNS(FeedFormats.RDF_NS, "about").trim();
        return guid != null ? guid : about.isEmpty() ? null : about;
    }

    /** pubDate (RFC 822) in RSS 2.0, dc:date (RFC 3339) in RSS 1.0 and some 2.0 feeds; neither: unknown. */
    private Instant publishedAt(Element item, String ns) {
        String pubDate = childText(item, ns, "pubDate");
        if (pubDate != null) {
            return FeedDates.plausible(FeedDates.rfc822(pubDate).orElseThrow(() -> new InvalidArticleException("unparseable pubDate "
                    + XmlFeeds.quoted(pubDate) + " (expected an RFC 822 date such as \"Tue, 05 Mar 2024 09:30:00 +0000\")")),
                    "pubDate", pubDate, clock);
        }
        String dcDate = childText(item, DC_NS, "date");
        if (dcDate != null) {
            return FeedDates.plausible(FeedDates.rfc3339(dcDate).orElseThrow(() -> new InvalidArticleException("unparseable dc:date "
                    + XmlFeeds.quoted(dcDate) + " (expected an RFC 3339 date such as \"2024-03-05T09:30:00Z\")")),
                    "dc:date", dcDate, clock);
        }
        return null;
    }

    private static List<String> authors(Element item, String ns) {
        Stream<String> creators = texts(item, DC_NS, "creator").stream();
        Stream<String> authors = texts(item, ns, "author").stream().map(RssReader::nameOfAuthor);
        return Stream.concat(creators, authors).toList();
    }

    private static String nameOfAuthor(String author) {
        Matcher m = EMAIL_AND_NAME.matcher(author);
        return m.matches() ? m.group(1) : author;
    }

    private static List<String> tags(Element item, String ns) {
        List<String> tags = new ArrayList<>(texts(item, ns, "category"));
        tags.addAll(texts(item, DC_NS, "subject"));
        return tags;
    }

    private static List<String> texts(Element parent, String namespace, String localName) {
        return children(parent, namespace, localName).stream().map(XmlFeeds::text).filter(Objects::nonNull).toList();
    }

    /**
     * What every item of the feed shares.
     *
     * @param namespace the namespace of RSS's own elements: none for 0.9x/2.0, the RDF flavour's otherwise
     */
    private record Channel(String namespace, String source, String language, List<Element> items) {

        static Channel of(Element root) {
            if (XmlFeeds.is(root, null, "rss")) {
                Element channel = child(root, null, "channel").orElseThrow(
                        () -> new InvalidArticleException("RSS feed has no <channel> element"));
                return of(null, channel, children(channel, null, "item"));
            }
            if (XmlFeeds.is(root, FeedFormats.RDF_NS, "RDF")) {
                return rdf(root);
            }
            throw new InvalidArticleException("not an RSS feed: the root element is " + XmlFeeds.nameOf(root)
                    + " where <rss> or <rdf:RDF> was expected");
        }

        /** RSS 0.90 and 1.0: the items are the channel's siblings, in the channel's namespace. */
        private static Channel rdf(Element root) {
            for (String ns : RDF_CHANNEL_NAMESPACES) {
                var channel = child(root, ns, "channel");
                if (channel.isPresent()) {
                    return of(ns, channel.get(), children(root, ns, "item"));
                }
            }
            throw new InvalidArticleException("RDF document has no RSS 1.0 or 0.90 <channel>: not an RSS feed");
        }

        private static Channel of(String ns, Element channel, List<Element> items) {
            String language = Stream.of(childText(channel, ns, "language"), childText(channel, DC_NS, "language"),
                    XmlFeeds.inherited(channel, XmlFeeds.XML_NS, "lang")).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            return new Channel(ns, childText(channel, ns, "title"), language, items);
        }
    }
}
