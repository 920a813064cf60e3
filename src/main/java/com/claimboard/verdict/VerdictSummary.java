package com.claimboard.verdict;

import java.time.Instant;

public record VerdictSummary(
        Long id,
        long version,
        long claimId,
        String author,
        Rating rating,
        String summary,
        String explanation,
        VerdictState state,
        String reviewer,
        String reviewComment,
        Instant proposedAt,
        Instant decidedAt,
        Instant updatedAt) {}
