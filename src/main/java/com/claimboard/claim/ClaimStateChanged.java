package com.claimboard.claim;

import java.time.Instant;

/** A claim card moved in the workflow: who moved it, when, from where to where, and why. */
public record ClaimStateChanged(
        Long claimId, ClaimAction action, ClaimState from, ClaimState to, String actor, String comment, Instant at) {}
