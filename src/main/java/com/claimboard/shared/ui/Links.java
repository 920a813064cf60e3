package com.claimboard.shared.ui;

import com.claimboard.shared.WebAddresses;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * The one way the workspace shows a stored address: a link (opening in a new tab, without the workspace as its
 * referrer or opener) only when it is a web address; anything else is shown as plain text, never as a link.
 */
public final class Links {

    private Links() {}

    public static Component external(String url, String text) {
        String label = text == null || text.isBlank() ? url : text;
        return WebAddresses.href(url)
                .<Component>map(href -> {
                    Anchor link = new Anchor(href, label);
                    link.setTarget("_blank");
                    link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                    return link;
                })
                .orElseGet(() -> new Span(label));
    }
}
