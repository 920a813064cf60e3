package com.claimboard.claim;

/** A claim card found by the workspace search: its words as HTML where only {@code <mark>} is markup. */
public record ClaimHit(long claimId, String textHtml, ClaimState state, String assignee) {}
