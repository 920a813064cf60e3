package com.claimboard.support;

import java.util.Arrays;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Puts a user into Spring Security's context, as the login would, for service and view tests. */
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
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
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
