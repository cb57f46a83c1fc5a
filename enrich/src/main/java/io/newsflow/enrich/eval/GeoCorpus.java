package io.newsflow.enrich.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A toponym gold corpus in either of its two XML formats (see /work/shared/eval/README.md):
 * LGL ({@code <article docid><text><toponyms><toponym>} with {@code <gaztag>} coordinates) or GeoVirus
 * ({@code <article><text><locations><location>}, offsets one too high, one malformed location wrapping others).
 *
 * @param format   which format the file was in
 * @param articles the articles in file order
 */
public record GeoCorpus(Format format, List<Article> articles) {

    /** The two formats. */
    public enum Format {
        LGL, GEOVIRUS
    }

    /** One gold article. */
    public record Article(String id, String text, List<Toponym> toponyms) {
    }

    /**
     * One gold toponym, offsets into the article text (end exclusive).
     *
     * @param type the gold feature code (LGL: "PPL", "ADM1"…, "none" without gazetteer tag; GeoVirus:
     *             "location" or "continent")
     */
    public record Toponym(int start, int end, String phrase, Double latitude, Double longitude, String type) {

        public boolean hasCoordinates() {
            return latitude != null && longitude != null;
        }

        /** The type in a few groups: country, admin1, admin2, city, region, feature, none (GeoVirus: its own two). */
        public String group() {
            if (type.equals("none") || type.equals("location") || type.equals("continent")) {
                return type;
            }
            if (type.startsWith("PCL")) {
                return "country";
            }
            if (type.startsWith("PPL")) {
                return "city";
            }
            return switch (type) {
                case "ADM1" -> "admin1";
                case "ADM2", "ADM3", "ADM4", "ADM5", "ADMD" -> "admin2";
                case "CONT", "RGN", "AREA", "ZN" -> "region";
                default -> "feature";
            };
        }
    }

    public static GeoCorpus read(Path xml) throws IOException {
        try (InputStream in = Files.newInputStream(xml)) {
            return read(in);
        }
    }

    public static GeoCorpus read(InputStream xml) throws IOException {
        Element root = parse(xml).getDocumentElement();
        boolean lgl = root.getElementsByTagName("toponyms").getLength() > 0
                || root.getElementsByTagName("toponym").getLength() > 0;
        List<Article> articles = new ArrayList<>();
        int index = 0;
        for (Element article : children(root, "article")) {
            articles.add(lgl ? lglArticle(article) : geoVirusArticle(article, index));
            index++;
        }
        return new GeoCorpus(lgl ? Format.LGL : Format.GEOVIRUS, articles);
    }

    private static Article lglArticle(Element article) {
        String text = childText(article, "text");
        List<Toponym> toponyms = new ArrayList<>();
        NodeList list = article.getElementsByTagName("toponym");
        for (int i = 0; i < list.getLength(); i++) {
            Element t = (Element) list.item(i);
            Element gaztag = first(t, "gaztag");
            toponyms.add(new Toponym(intOf(t, "start"), intOf(t, "end"), childText(t, "phrase"),
                    gaztag == null ? null : doubleOf(gaztag, "lat"), gaztag == null ? null : doubleOf(gaztag, "lon"),
                    gaztag == null ? "none" : orElse(childText(gaztag, "fcode"), "unknown")));
        }
        return new Article(article.getAttribute("docid"), text, toponyms);
    }

    /** Every {@code <location>} with its own start, nested or not; offsets shifted back by one. */
    private static Article geoVirusArticle(Element article, int index) {
        String text = childText(article, "text");
        List<Toponym> toponyms = new ArrayList<>();
        NodeList list = article.getElementsByTagName("location");
        for (int i = 0; i < list.getLength(); i++) {
            Element l = (Element) list.item(i);
            if (childText(l, "start") == null) {
                continue;
            }
            String type = first(l, "continent") != null ? "continent" : "location";
            toponyms.add(new Toponym(intOf(l, "start") - 1, intOf(l, "end") - 1, childText(l, "name"),
                    doubleOf(l, "lat"), doubleOf(l, "lon"), type));
        }
        return new Article(String.valueOf(index), text, toponyms);
    }

    private static Document parse(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null); // errors arrive as the exception below, not also as "[Fatal Error]" on stderr
            return builder.parse(xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a gold corpus: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The direct child of that name, or null: a nested location's fields are not its parent's. */
    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String childText(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? null : e.getTextContent();
    }

    private static int intOf(Element parent, String name) {
        return Integer.parseInt(childText(parent, name).trim());
    }

    private static Double doubleOf(Element parent, String name) {
        String s = childText(parent, name);
        return s == null || s.isBlank() ? null : Double.valueOf(s.trim());
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.trim();
    }
}
