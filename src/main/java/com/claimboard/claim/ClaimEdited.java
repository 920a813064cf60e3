package com.claimboard.claim;

import java.time.Instant;

/** A reviewer edited a card without moving it in the workflow: reworded, split or merged it. */
public record ClaimEdited(
        Long claimId, ClaimAction action, ClaimState state, String actor, String comment, Instant at) {}
