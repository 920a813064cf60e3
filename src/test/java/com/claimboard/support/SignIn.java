package com.claimboard.support;

import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a user into Spring Security's context, as the login would, for service and view tests. */
public final class SignIn {

    private SignIn() {}

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
}
