package io.newsflow.ingest.reader;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to plain text that keeps paragraphs: block elements (p, div, h1–h6, li, blockquote, br…) end a
 * paragraph; scripts, styles and other non-content elements are dropped; entities are decoded.
 * The result still goes through {@link TextNormalizer#paragraphs}.
 */
public final class HtmlText {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "section", "article", "header",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "figure",
            "figcaption", "table", "tr", "dd", "dt", "hr", "address", "aside");
    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, head";

    private HtmlText() {
    }

    public static String toText(String html) {
        if (html == null) {
            return null;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select(DROPPED).remove();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new Collector(out), document.body());
        return TextNormalizer.paragraphs(out.toString());
    }

    /** Whether a string looks like HTML markup rather than text that happens to contain a '<'. */
    public static boolean looksLikeHtml(String text) {
        return text != null && text.matches("(?s).*</?(p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|img)\\b[^>]*>.*");
    }

    private record Collector(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element element && element.normalName().equals("br")) {
                out.append("\n\n");
            } else if (isBlock(node)) {
                out.append("\n\n");
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (isBlock(node)) {
                out.append("\n\n");
            }
        }

        private static boolean isBlock(Node node) {
            return node instanceof Element element && BLOCKS.contains(element.normalName());
        }
    }
}
