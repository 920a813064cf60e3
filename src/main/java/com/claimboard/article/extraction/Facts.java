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
 * What each element holds, learnt in one pass from the leaves up: text, media, block-level descendants. Asking an
 * element for these one by one walks its whole subtree each time, which on a deep page is the page's size times
 * its depth.
 */
final class Facts {

    private static final int TEXT = 1;
    private static final int MEDIA = 2;
    private static final int BLOCK = 4;

    private static final Set<String> MEDIA_TAGS = Set.of("img", "picture", "video", "iframe", "object", "embed", "svg");

    private final Map<Element, Integer> flags;

    private Facts(Map<Element, Integer> flags) {
        this.flags = flags;
    }

    /** @param blockTags the element names that count as a block inside a container */
    static Facts of(Element root, Set<String> blockTags) {
        Map<Element, Integer> flags = new IdentityHashMap<>();
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
                        if (node instanceof TextNode text) {
                            contribution = text.isBlank() ? 0 : TEXT;
                        } else if (node instanceof Element element) {
                            String name = element.normalName();
                            contribution = flags.getOrDefault(element, 0)
                                    | (MEDIA_TAGS.contains(name) ? MEDIA : 0)
                                    | (blockTags.contains(name) ? BLOCK : 0);
                        }
                        if (contribution != 0) {
                            flags.merge(parent, contribution, (a, b) -> a | b);
                        }
                    }
                },
                root);
        return new Facts(flags);
    }

    /** Some text that is not only white space, anywhere below. */
    boolean hasText(Element element) {
        return (flags.getOrDefault(element, 0) & TEXT) != 0;
    }

    /** An image, a video, an embedded frame or object, or a drawing, anywhere below. */
    boolean hasMedia(Element element) {
        return (flags.getOrDefault(element, 0) & MEDIA) != 0;
    }

    /** A block-level element anywhere below (the element itself not counted). */
    boolean hasBlockDescendant(Element element) {
        return (flags.getOrDefault(element, 0) & BLOCK) != 0;
    }
}
