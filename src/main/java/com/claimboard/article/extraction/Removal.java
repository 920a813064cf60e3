package com.claimboard.article.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Takes many nodes out of a page at once. Removing one node from jsoup's tree costs as much as its parent has
 * children (the list shifts and the siblings are renumbered), so a page of 100,000 siblings removed one by one
 * costs billions of steps; here each parent's children are rebuilt once, in one pass.
 */
final class Removal {

    private Removal() {}

    static void removeAll(Collection<? extends Node> nodes) {
        // jsoup's nodes are equal only to themselves, so hash sets hold them by identity (and spread them well).
        Map<Element, Set<Node>> byParent = new HashMap<>();
        for (Node node : nodes) {
            if (node.parent() instanceof Element parent) {
                byParent.computeIfAbsent(parent, p -> new HashSet<>()).add(node);
            }
        }
        byParent.forEach(Removal::removeChildren);
    }

    /** Detaches {@code children} from {@code parent}, keeping its other children in their order. */
    static void removeChildren(Element parent, Set<Node> children) {
        List<Node> kept = new ArrayList<>(parent.childNodeSize() - children.size());
        for (Node child : parent.childNodes()) {
            if (!children.contains(child)) {
                kept.add(child);
            }
        }
        parent.empty(); // detaches every child at once
        parent.appendChildren(kept);
    }

    /** Moves nodes (in their order) under a new parent, detaching them from their old parents in bulk. */
    static void moveAll(List<? extends Node> nodes, Element to) {
        removeAll(nodes);
        to.appendChildren(nodes);
    }
}
