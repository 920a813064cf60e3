package com.claimboard.verdict;

import java.time.Instant;

/** An editor approved a verdict: the claim is to be published, or its publication corrected. */
public record VerdictApproved(long verdictId, long claimId, String author, String editor, Instant at) {}
