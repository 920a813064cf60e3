package com.claimboard.article.extraction;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What each element holds, learnt in one pass from the leaves up: text (and how much), media, block-level
 * descendants. Asking an element for these one by one walks its whole subtree each time, which on a deep page is
 * the page's size times its depth.
 */
final class Facts {

    private static final int TEXT = 1;
    private static final int MEDIA = 2;
    private static final int BLOCK = 4;

    private static final Set<String> MEDIA_TAGS = Set.of("img", "picture", "video", "iframe", "object", "embed", "svg");

    /** Per element: its flags, then the length of the text below it (white space within a text counted). */
    private final Map<Element, int[]> facts;

    private final int rootLength;

    private Facts(Map<Element, int[]> facts, int rootLength) {
        this.facts = facts;
        this.rootLength = rootLength;
    }

    /** @param blockTags the element names that count as a block inside a container */
    static Facts of(Element root, Set<String> blockTags) {
        Map<Element, int[]> facts = new IdentityHashMap<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {}

                    @Override
                    public void tail(Node node, int depth) {
                        if (!(node.parent() instanceof Element parent) || node == root) {
                            return;
                        }
                        int contribution = 0;
                        int length = 0;
                        if (node instanceof TextNode text) {
                            length = text.isBlank() ? 0 : text.getWholeText().length();
                            contribution = length == 0 ? 0 : TEXT;
                        } else if (node instanceof Element element) {
                            String name = element.normalName();
                            int[] own = facts.get(element);
                            contribution = (own == null ? 0 : own[0])
                                    | (MEDIA_TAGS.contains(name) ? MEDIA : 0)
                                    | (blockTags.contains(name) ? BLOCK : 0);
                            length = own == null ? 0 : own[1];
                        }
                        if (contribution != 0 || length != 0) {
                            int[] parentFacts = facts.computeIfAbsent(parent, e -> new int[2]);
                            parentFacts[0] |= contribution;
                            parentFacts[1] += length;
                        }
                    }
                },
                root);
        int[] rootFacts = facts.get(root);
        return new Facts(facts, rootFacts == null ? 0 : rootFacts[1]);
    }

    private int flags(Element element) {
        int[] own = facts.get(element);
        return own == null ? 0 : own[0];
    }

    /** The share of the page's text that lies below this element (text nodes of white space alone not counted). */
    double textShare(Element element) {
        int[] own = facts.get(element);
        return own == null || rootLength == 0 ? 0 : own[1] / (double) rootLength;
    }

    /** Some text that is not only white space, anywhere below. */
    boolean hasText(Element element) {
        return (flags(element) & TEXT) != 0;
    }

    /** An image, a video, an embedded frame or object, or a drawing, anywhere below. */
    boolean hasMedia(Element element) {
        return (flags(element) & MEDIA) != 0;
    }

    /** A block-level element anywhere below (the element itself not counted). */
    boolean hasBlockDescendant(Element element) {
        return (flags(element) & BLOCK) != 0;
    }
}
