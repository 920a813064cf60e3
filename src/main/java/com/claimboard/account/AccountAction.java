package com.claimboard.account;

/** What an admin may do to an account; which of these apply is the account's to say, never the view's. */
public enum AccountAction {
    CHANGE_ROLES,
    DEACTIVATE,
    REACTIVATE,
    /** A new single-use link: the invitation again, or a password reset. */
    SEND_LINK
}
