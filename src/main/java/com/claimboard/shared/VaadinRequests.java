package com.claimboard.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells Vaadin's own requests apart. Vaadin is mapped at the servlet root and sends its UI traffic there with a
 * {@code v-r} parameter ({@code /?v-r=init}, {@code /?v-r=uidl}); the public site, which also answers {@code /},
 * must leave those to Vaadin.
 */
public final class VaadinRequests {

    private VaadinRequests() {}

    public static boolean isVaadinRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }
}
