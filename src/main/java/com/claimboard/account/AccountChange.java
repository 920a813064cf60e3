package com.claimboard.account;

/** What can happen to an account, as its trail records it. */
public enum AccountChange {
    CREATED,
    INVITED,
    PASSWORD_SET,
    PASSWORD_CHANGED,
    PASSWORD_RESET_ISSUED,
    ROLES_CHANGED,
    RENAMED,
    DEACTIVATED,
    REACTIVATED;

    public String messageKey() {
        return "account.change." + name();
    }
}
