package com.claimboard.publishing;

import com.claimboard.shared.WorkspaceRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Every address outside the workspace belongs to the public site: one that no page of the site answers gets the
 * site's own "not found" page with status 404, without a session, rather than falling through to Vaadin (which
 * answered 200 with its own text, and set a cookie). Asked after the site's pages and before Vaadin.
 */
@Component
class UnknownAddresses extends AbstractHandlerMapping {

    private static final HttpRequestHandler NOT_FOUND = (request, response) -> {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    };

    UnknownAddresses() {
        // After the controllers (order 0) and before the static resources and Vaadin (LOWEST_PRECEDENCE - 1).
        setOrder(Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (WorkspaceRequests.isWorkspace(request) || path.equals("/error") || isPublicFile(path)) {
            return null; // the workspace's, the error page itself, or one of the site's files
        }
        return NOT_FOUND;
    }

    /** A file the site serves as it is, such as its stylesheet (under /public/, from META-INF/resources). */
    private static boolean isPublicFile(String path) {
        String clean = StringUtils.cleanPath(path);
        return clean.startsWith("/public/")
                && !clean.contains("..")
                && new ClassPathResource("META-INF/resources" + clean).isReadable();
    }
}
