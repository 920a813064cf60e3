package com.claimboard.shared;

import java.util.Objects;
import java.util.Set;

/**
 * The person a domain rule is asked about: their username and roles (names as in {@link Roles}). An editor is
 * also a reviewer.
 */
public record Actor(String username, Set<String> roles) {

    public Actor {
        Preconditions.requireText(username, "username");
        roles = Set.copyOf(roles);
    }

    public static Actor of(String username, String... roles) {
        return new Actor(username, Set.of(roles));
    }

    public boolean isReviewer() {
        return roles.contains(Roles.REVIEWER) || isEditor();
    }

    public boolean isEditor() {
        return roles.contains(Roles.EDITOR);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /** Whether this is the person with that username. */
    public boolean is(String other) {
        return Objects.equals(username, other);
    }
}
