package io.newsflow.ingest.reader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XML plumbing the feed readers share: a parser that is safe on untrusted input, the serialisation
 * that gives each item its own payload, and namespace-aware lookups of child elements.
 */
final class XmlFeeds {

    static final String XML_NS = XMLConstants.XML_NS_URI;
    private static final int PROLOG_BYTES = 8192;
    private static final int MAX_ELEMENT_DEPTH = 500;
    /** The declaration is a processing instruction here; ISO-8859-1 sees a UTF-8 byte order mark as three characters. */
    private static final Pattern DOCTYPE_IN_PROLOG = Pattern.compile(
            "(?:\u00EF\u00BB\u00BF)?(?:\\s|<!--.*?-->|<\\?.*?\\?>)*+<!DOCTYPE", Pattern.DOTALL);

    /** Without it the JDK parser prints "[Fatal Error]" lines to stderr before throwing. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private XmlFeeds() {
    }

    /**
     * Parses a whole feed. Feeds come from strangers, so no DOCTYPE is accepted at all: that rules out
     * external entities (XXE, file and network access) and entity-expansion bombs in one go.
     * Bytes go in unchanged so the parser honours the encoding in the XML declaration.
     *
     * @throws InvalidArticleException naming the line and column where the feed stops being acceptable XML
     */
    /**
     * A feed's items, each with its own serialised XML as payload; a feed that cannot be parsed (or is of
     * the wrong kind) is one broken item holding the whole input.
     */
    static <F> List<Item> items(Input input, Function<Element, F> feedOf, Function<F, List<Element>> entriesOf,
            BiFunction<Element, F, RawArticle> article) {
        F feed;
        List<Element> entries;
        try {
            feed = feedOf.apply(parse(input.bytes()).getDocumentElement());
            entries = entriesOf.apply(feed);
        } catch (InvalidArticleException e) {
            return List.of(Item.Broken.of(e.getMessage(), e, input.bytes()));
        }
        return entries.stream().map(entry -> Item.of(serialize(entry), () -> article.apply(entry, feed))).toList();
    }

    static Document parse(byte[] bytes) {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            String where = "at line " + e.getLineNumber() + ", column " + e.getColumnNumber();
            if (declaresDoctype(bytes)) {
                throw new InvalidArticleException("feed declares a DOCTYPE (" + where + "), which is refused: DTDs and "
                        + "entities are never processed, so that no external entity can read files or URLs", e);
            }
            throw new InvalidArticleException("feed is not well-formed XML " + where + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new InvalidArticleException("feed is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    /**
     * Whether the prolog (declaration, comments, processing instructions) leads to a DOCTYPE. Checked on
     * the bytes, not the parser's message, which is worded differently in every JDK locale.
     */
    private static boolean declaresDoctype(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1);
        return DOCTYPE_IN_PROLOG.matcher(start).lookingAt();
    }

    /** One item as standalone UTF-8 XML, namespace declarations included, so a rejected item keeps its own content. */
    static byte[] serialize(Element element) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise a parsed XML element", e);
        }
    }

    /** The element's children as markup, for XHTML content and for HTML a feed embedded without escaping. */
    static String innerMarkup(Element element) {
        StringBuilder markup = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                markup.append(new String(serialize(childElement), StandardCharsets.UTF_8));
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                markup.append(Entities.escape(child.getNodeValue()));
            }
        }
        return markup.toString();
    }

    /**
     * HTML carried by an element: escaped or in CDATA as the feed formats intend, or, from feeds that
     * embed it unescaped, as child elements, which are serialised back rather than flattened to text.
     */
    static String markup(Element element) {
        return hasElementChildren(element) ? innerMarkup(element) : text(element);
    }

    /** A value from the feed, quoted for a reason and cut short so a hostile feed cannot bloat the message. */
    static String quoted(String value) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return "\"" + shown + "\"";
    }

    private static boolean hasElementChildren(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** Direct children with this name; a null namespace matches elements in no namespace. */
    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && is(child, namespace, localName)) {
                found.add(child);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String namespace, String localName) {
        return children(parent, namespace, localName).stream().findFirst();
    }

    /** The trimmed text of the first such child, or null when it is absent or blank. */
    static String childText(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName).map(XmlFeeds::text).orElse(null);
    }

    /** Text content (CDATA included), trimmed; null when blank. */
    static String text(Element element) {
        String text = element.getTextContent();
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The element's qualified name as written in the feed, for messages. */
    static String nameOf(Element element) {
        return "<" + element.getTagName() + ">";
    }

    static boolean is(Element element, String namespace, String localName) {
        return localName.equals(element.getLocalName()) && Objects.equals(namespace, element.getNamespaceURI());
    }

    /** An attribute such as xml:lang or xml:base, inherited from the nearest ancestor that sets it. */
    static String inherited(Element element, String namespace, String localName) {
        for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
            if (current.hasAttributeNS(namespace, localName)) {
                // an empty value deliberately unsets it, as xml:lang="" does
                String value = current.getAttributeNS(namespace, localName).trim();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    static String attribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value.isBlank() ? null : value.trim();
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // far deeper than any real feed, and shallow enough that walking the tree cannot overflow the stack
        factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
