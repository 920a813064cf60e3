package com.claimboard.claim;

import java.time.Instant;
import java.util.List;

/**
 * A claim card as views and other modules see it.
 *
 * @param originalText the article's own words when the card was reworded, else null
 * @param mergedInto the card this one was merged into, else null
 */
public record ClaimSummary(
        Long id,
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
        Instant updatedAt,
        String originalText,
        Long mergedInto) {

    public boolean reworded() {
        return originalText != null;
    }
}
