package com.claimboard.verdict;

import java.time.Instant;
import java.util.Set;

/**
 * A verdict as views and other modules see it, for one person.
 *
 * @param rating the code of the rating in the desk's scale ({@link RatingScale}), null before one is chosen
 * @param version what the person saw; their actions carry it back and are refused if the verdict changed since
 * @param actions what this person may do with the verdict now, as the domain decides
 */
public record VerdictSummary(
        Long id,
        long version,
        long claimId,
        String author,
        String rating,
        String summary,
        String explanation,
        VerdictState state,
        String reviewer,
        String reviewComment,
        Instant proposedAt,
        Instant decidedAt,
        Instant updatedAt,
        Set<VerdictAction> actions) {

    public VerdictSummary {
        actions = Set.copyOf(actions);
    }

    public boolean allows(VerdictAction action) {
        return actions.contains(action);
    }
}
