package com.claimboard.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * Which requests belong to the workspace (the Vaadin UI under {@code /app}, sign-in and sign-out, the
 * single-use password links under {@code /password/}, and Vaadin's own
 * traffic and resources); every other address is the public site's, answered without a session, and with the
 * public site's own "not found" page when it does not exist.
 *
 * <p>Vaadin is mapped at the servlet root and sends its UI traffic there with a {@code v-r} parameter ({@code
 * /?v-r=init}, {@code /?v-r=uidl}); its resources are those Vaadin itself lists as public ({@code /VAADIN/**},
 * {@code /lumo/**}…).
 */
public final class WorkspaceRequests {

    private static final Set<String> EXACT = Set.of(
            "/app",
            "/login",
            "/logout",
            "/sw.js",
            "/sw-runtime-resources-precache.js",
            "/manifest.webmanifest",
            "/offline.html",
            "/offline-stub.html",
            "/styles.css",
            "/icons/icon.png");

    private static final List<String> PREFIXES = List.of(
            "/app/",
            "/password/",
            "/VAADIN/",
            "/vaadinServlet/",
            "/lumo/",
            "/aura/",
            "/themes/",
            "/assets/",
            "/styles/");

    private WorkspaceRequests() {}

    public static boolean isWorkspace(HttpServletRequest request) {
        if (isVaadinRequest(request)) {
            return true;
        }
        String path = path(request);
        return EXACT.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** The preview of a public page an editor reads before approving, the one workspace page that may be framed. */
    public static final String PREVIEW_PREFIX = "/app/preview/";

    public static boolean isPreview(HttpServletRequest request) {
        return path(request).startsWith(PREVIEW_PREFIX);
    }

    /** Vaadin's own requests to the servlet root ({@code /?v-r=uidl}), which the public home must leave alone. */
    public static boolean isVaadinRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
