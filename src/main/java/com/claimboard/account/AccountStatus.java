package com.claimboard.account;

/** Where an account stands: invited (no password yet), active, or deactivated (cannot sign in). */
public enum AccountStatus {
    INVITED,
    ACTIVE,
    DEACTIVATED;

    public String messageKey() {
        return "account.status." + name();
    }
}
