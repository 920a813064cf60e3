package com.claimboard.support;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Arrays;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Puts a user into Spring Security's context, as the login would, for service and view tests. In a view test the
 * context is also kept in the (fake) HTTP session, where the login keeps it: a redraw that another thread runs
 * through {@code UI.access} reads the user from there, as it does in production, not from the test's thread.
 */
public final class SignIn {

    private SignIn() {}

    /**
     * Makes {@link SecurityContextHolder} this Spring context's: Vaadin installs a security-context strategy of its
     * own per application context, and the method security of a context reads only its own. Test classes share
     * contexts (Spring caches them), so each test binds the context it runs in before signing anyone in.
     */
    public static void bindTo(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    public static void as(String username, String... roles) {
        var authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
        WrappedSession session = httpSession();
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    public static void out() {
        WrappedSession session = httpSession();
        if (session != null) {
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        SecurityContextHolder.clearContext();
    }

    /** The HTTP session of the Vaadin session this thread works in, when a view test has one. */
    private static WrappedSession httpSession() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        return vaadin == null ? null : vaadin.getSession();
    }

    /** Does the work signed in as this user with these roles, and signs out again. */
    public static <T> T call(String username, java.util.List<String> roles, java.util.function.Supplier<T> work) {
        as(username, roles.toArray(String[]::new));
        try {
            return work.get();
        } finally {
            out();
        }
    }
}
