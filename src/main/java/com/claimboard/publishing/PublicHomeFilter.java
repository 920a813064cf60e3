package com.claimboard.publishing;

import com.claimboard.shared.WorkspaceRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the public home page at {@code /} without taking {@code /} from Vaadin, whose client sends its own
 * requests to the servlet root ({@code /?v-r=init}, {@code /?v-r=uidl}). A Spring MVC mapping on {@code /}
 * would answer those too (with 400 when it excludes them by parameter), so the page is forwarded here instead.
 * Runs after Spring Security, so {@code /} is still checked by the public site's stateless chain.
 */
@Component
@Order(0)
class PublicHomeFilter extends OncePerRequestFilter {

    static final String HOME = "/public/home";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || WorkspaceRequests.isVaadinRequest(request)
                || !request.getRequestURI().equals(request.getContextPath() + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getRequestDispatcher(HOME).forward(request, response);
    }
}
