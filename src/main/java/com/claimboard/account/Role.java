package com.claimboard.account;

/** What a person may do; an editor also holds REVIEWER. */
public enum Role {
    REVIEWER,
    EDITOR,
    ADMIN
}
