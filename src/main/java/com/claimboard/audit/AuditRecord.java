package com.claimboard.audit;

import java.time.Instant;

/** A line of a claim's history as the workspace shows it. */
public record AuditRecord(
        long claimId, String action, String fromState, String toState, String actor, String comment, Instant at) {}
