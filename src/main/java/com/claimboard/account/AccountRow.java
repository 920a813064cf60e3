package com.claimboard.account;

import java.time.Instant;
import java.util.Set;

/** An account as the admin's grid shows it, with what the admin may do to it. */
public record AccountRow(
        long id,
        long version,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        AccountStatus status,
        Instant lastSignInAt,
        Instant createdAt,
        Set<AccountAction> allowedActions) {

    public boolean allows(AccountAction action) {
        return allowedActions.contains(action);
    }
}
