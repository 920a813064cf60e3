package com.claimboard.claim;

import com.claimboard.claim.splitting.CheckworthinessReason;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A claim card as views and other modules see it, for one person.
 *
 * @param version what the person saw; their edits carry it back and are refused if the card changed since
 * @param reasons why it scored as it did, in the scale's order
 * @param originalText the article's own words when the card was reworded, else null
 * @param mergedInto the card this one was merged into, else null
 * @param actions what this person may do with the card now, as the domain decides
 * @param origin who made the claim, when and where, as a reviewer confirmed it
 * @param dueOn when the desk wants it checked by, else null
 */
public record ClaimSummary(
        Long id,
        long version,
        long articleId,
        int position,
        int start,
        int end,
        String text,
        String speaker,
        boolean speakerByContext,
        double checkworthiness,
        List<CheckworthinessReason> reasons,
        ClaimState state,
        String assignee,
        String dismissReason,
        Instant createdAt,
        Instant updatedAt,
        String originalText,
        Long mergedInto,
        Set<ClaimAction> actions,
        ClaimOrigin origin,
        java.time.LocalDate dueOn) {

    public ClaimSummary {
        reasons = List.copyOf(reasons);
        actions = Set.copyOf(actions);
    }

    public boolean reworded() {
        return originalText != null;
    }

    /** Due before {@code today} and still being worked on. */
    public boolean overdue(java.time.LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && state.open();
    }

    public boolean allows(ClaimAction action) {
        return actions.contains(action);
    }
}
