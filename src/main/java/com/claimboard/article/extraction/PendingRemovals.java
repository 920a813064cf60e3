package com.claimboard.article.extraction;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removals decided innermost first (a container is judged once its own clutter is gone), carried out in bulk: the
 * removals waiting inside an element are carried out, each parent's children rebuilt once, just before that element
 * is judged. Elements are judged in reverse document order, so the removals inside the element judged next are
 * always the latest ones waiting.
 */
final class PendingRemovals {

    private final Map<Node, int[]> span = new IdentityHashMap<>();
    private final Map<Element, Set<Node>> waiting = new IdentityHashMap<>();
    private final Deque<Element> parents = new ArrayDeque<>();

    /** @param root the tree the removals happen in, numbered once in document order */
    PendingRemovals(Element root) {
        int[] counter = {0};
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element) {
                            span.put(node, new int[] {counter[0]++, 0});
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element) {
                            span.get(node)[1] = counter[0];
                        }
                    }
                },
                root);
    }

    void add(Element element) {
        Element parent = element.parent();
        Set<Node> children = waiting.get(parent);
        if (children == null) {
            children = new HashSet<>();
            waiting.put(parent, children);
            parents.push(parent);
        }
        children.add(element);
    }

    /** Carries out the removals waiting inside {@code element} (its own children included). */
    void takeOutFrom(Element element) {
        int[] range = span.get(element);
        while (!parents.isEmpty() && range != null && inside(parents.peek(), range)) {
            Element parent = parents.pop();
            Removal.removeChildren(parent, waiting.remove(parent));
        }
    }

    void takeOutAll() {
        while (!parents.isEmpty()) {
            Element parent = parents.pop();
            Removal.removeChildren(parent, waiting.remove(parent));
        }
    }

    private boolean inside(Element node, int[] range) {
        int[] own = span.get(node);
        return own != null && own[0] >= range[0] && own[0] < range[1];
    }
}
