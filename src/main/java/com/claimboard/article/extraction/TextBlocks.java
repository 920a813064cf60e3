package com.claimboard.article.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of an element as blocks: one line per paragraph, heading, quote, list item or table cell. */
final class TextBlocks {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "pre",
            "blockquote",
            "table",
            "tr",
            "td",
            "th",
            "figure",
            "figcaption",
            "dd",
            "dt",
            "dl",
            "header",
            "footer",
            "address",
            "hr",
            "caption",
            "details",
            "summary");

    private TextBlocks() {}

    static List<String> of(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            line.append(text.getWholeText());
                        } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            flush(line, blocks);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            flush(line, blocks);
                        }
                    }
                },
                root);
        flush(line, blocks);
        return blocks;
    }

    private static void flush(StringBuilder line, List<String> blocks) {
        String text = normalise(line);
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        line.setLength(0);
    }

    /** Runs of white space (including no-break spaces) become one space. */
    static String normalise(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
