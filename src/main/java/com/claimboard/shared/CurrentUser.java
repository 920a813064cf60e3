package com.claimboard.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user on whose behalf a service call runs, read from Spring Security's context. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The signed-in user's name; refuses anonymous calls, which method security should have stopped already. */
    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("No signed-in user for this call");
        }
        return authentication.getName();
    }
}
