package com.claimboard.account;

import java.time.Instant;

/** One line of an account's trail; {@code detail} is what changed, such as the roles before and after. */
public record AccountHistoryEntry(AccountChange change, String actor, String detail, Instant at) {}
