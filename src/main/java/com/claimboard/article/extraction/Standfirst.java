package com.claimboard.article.extraction;

import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Brings back an article's standfirst (chapô, Vorspann, entradilla) when the chosen container left it out. Pages
 * often set their lead apart from the body, beside the headline, where a scorer of containers does not look; the
 * page's own description ({@code og:description}, {@code description}) tells which visible text it is. The text
 * is taken from the page, never from the description: a lead the page does not show is not brought in.
 */
final class Standfirst {

    /** The description's opening looked for: long enough to be the lead's own words. */
    private static final int KEY_LENGTH = 60;

    private static final int SHORTEST_DESCRIPTION = 40;

    /** Where a lead may stand: the block around the text that opens with the description. */
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "section",
            "header",
            "article",
            "main",
            "td",
            "blockquote",
            "body");

    /** Where a lead never stands. */
    private static final Set<String> OUTSIDE = Set.of("a", "nav", "aside", "footer", "head", "title", "button");

    private Standfirst() {}

    /**
     * Puts the lead first in {@code content} when the page shows one that {@code content} lacks; {@code page}
     * gives the page afresh (called only then: most articles hold their lead already).
     */
    static void restore(Element content, String description, Supplier<Document> page) {
        if (description == null || description.length() < SHORTEST_DESCRIPTION) {
            return;
        }
        String key = TextBlocks.normalise(description.substring(0, Math.min(KEY_LENGTH, description.length())));
        if (content.text().replace('\u00a0', ' ').contains(key)) { // text() has its white space collapsed
            return;
        }
        Element body = page.get().body();
        Element lead = body == null ? null : find(body, key, description.length());
        if (lead != null) {
            content.prependElement("p").text(TextBlocks.normalise(lead.text()));
        }
    }

    private static Element find(Element body, String key, int descriptionLength) {
        String opening = key.substring(0, Math.min(25, key.length()));
        int longest = Math.max(2 * descriptionLength, descriptionLength + 300);
        Element[] found = new Element[1];
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element element && OUTSIDE.contains(element.normalName())) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (node instanceof TextNode text
                                && TextBlocks.normalise(text.getWholeText()).contains(opening)) {
                            Element block = blockAround(text);
                            if (block != null) {
                                String blockText = TextBlocks.normalise(block.text());
                                if (blockText.contains(key) && blockText.length() <= longest) {
                                    found[0] = block;
                                    return FilterResult.STOP;
                                }
                            }
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                body);
        return found[0];
    }

    private static Element blockAround(TextNode text) {
        for (Element parent = text.parent() instanceof Element e ? e : null; parent != null; parent = parent.parent()) {
            if (BLOCKS.contains(parent.normalName())) {
                return parent.normalName().equals("body") ? null : parent;
            }
        }
        return null;
    }
}
