package com.claimboard.claim;

import java.time.Instant;
import java.util.List;

/** A claim card as views and other modules see it. */
public record ClaimSummary(
        long id,
        long articleId,
        int position,
        int start,
        int end,
        String text,
        String speaker,
        boolean speakerByContext,
        double checkworthiness,
        List<String> reasons,
        ClaimState state,
        String assignee,
        String dismissReason,
        Instant createdAt,
        Instant updatedAt) {}
