package com.claimboard.account;

/** What a person may do; an editor also holds REVIEWER. */
public enum Role {
    REVIEWER,
    EDITOR,
    ADMIN;

    /** The translation key of the role's name. */
    public String messageKey() {
        return "role." + name();
    }
}
