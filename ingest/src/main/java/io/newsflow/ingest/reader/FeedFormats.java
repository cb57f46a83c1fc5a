package io.newsflow.ingest.reader;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Tells RSS from Atom by the root element, so a fetched feed needs no {@code --format}. */
public final class FeedFormats {

    static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private FeedFormats() {
    }

    /**
     * "rss" for {@code <rss>} (RSS 0.9x/2.0) and {@code <rdf:RDF>} (RSS 0.90/1.0), "atom" for an Atom 1.0
     * {@code <feed>}, null for anything else or for bytes that do not start as XML. Only the start of the
     * document is read: a feed that breaks further down is still recognised, so its reader can report
     * where it breaks.
     */
    public static String detect(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            XMLStreamReader xml = secureFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                return formatOf(root(xml));
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    /** Moves past the prolog (declaration, comments, a DOCTYPE, which is read but never resolved). */
    private static XMLStreamReader root(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return xml;
            }
        }
        return null;
    }

    private static String formatOf(XMLStreamReader root) {
        if (root == null) {
            return null;
        }
        String name = root.getLocalName();
        String namespace = root.getNamespaceURI();
        if ("rss".equals(name) && (namespace == null || namespace.isEmpty())) {
            return RssReader.FORMAT;
        }
        if ("RDF".equals(name) && RDF_NS.equals(namespace)) {
            return RssReader.FORMAT;
        }
        return "feed".equals(name) && ATOM_NS.equals(namespace) ? AtomReader.FORMAT : null;
    }

    /** Nothing is resolved while peeking: no DTDs, no external entities. */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
