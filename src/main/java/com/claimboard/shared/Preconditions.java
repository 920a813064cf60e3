package com.claimboard.shared;

/** One place for argument checks, so domain classes read as rules rather than as if-chains. */
public final class Preconditions {

    private Preconditions() {}

    public static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A workflow rule: breaking it is the user's doing, so it carries a message for the user. */
    public static void rule(boolean condition, String messageKey, String detail) {
        if (!condition) {
            throw new DomainRuleViolation(messageKey, detail);
        }
    }
}
