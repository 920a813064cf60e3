package com.claimboard.shared;

/** Role names as Spring Security sees them (without the ROLE_ prefix), for annotations. */
public final class Roles {

    public static final String REVIEWER = "REVIEWER";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
