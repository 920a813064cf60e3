package com.claimboard.audit;

import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimState;
import java.time.Instant;

/** A line of a claim's history as the workspace shows it. */
public record AuditRecord(
        long claimId,
        ClaimAction action,
        ClaimState fromState,
        ClaimState toState,
        String actor,
        String comment,
        Instant at) {}
