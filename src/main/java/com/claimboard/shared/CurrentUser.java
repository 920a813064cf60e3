package com.claimboard.shared;

import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user on whose behalf a service call runs, read from Spring Security's context. */
public final class CurrentUser {

    private static final String ROLE_PREFIX = "ROLE_";

    private CurrentUser() {}

    /** The signed-in user's name; refuses anonymous calls, which method security should have stopped already. */
    public static String username() {
        return authentication().getName();
    }

    /** The signed-in user with their roles, for the domain's rules. */
    public static Actor actor() {
        Authentication authentication = authentication();
        return new Actor(
                authentication.getName(),
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                        .map(authority -> authority.substring(ROLE_PREFIX.length()))
                        .collect(Collectors.toSet()));
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("No signed-in user for this call");
        }
        return authentication;
    }
}
