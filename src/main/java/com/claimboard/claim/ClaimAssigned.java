package com.claimboard.claim;

import java.time.LocalDate;

/** An editor gave a claim to someone, due by {@code dueOn} when given. */
public record ClaimAssigned(Long claimId, String assignee, LocalDate dueOn, String by) {}
