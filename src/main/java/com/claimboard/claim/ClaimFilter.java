package com.claimboard.claim;

import com.claimboard.claim.splitting.CheckworthinessReason;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the board shows: null fields mean "any".
 *
 * @param unassignedOnly only cards nobody has taken (ignores {@code assignee})
 * @param reason only cards whose check-worthiness has this reason
 * @param dueBy only cards still being worked on that are due on or before this day
 */
public record ClaimFilter(
        Long articleId,
        ClaimState state,
        String assignee,
        boolean unassignedOnly,
        CheckworthinessReason reason,
        java.time.LocalDate dueBy) {

    public ClaimFilter(Long articleId, ClaimState state, String assignee, boolean unassignedOnly) {
        this(articleId, state, assignee, unassignedOnly, null, null);
    }

    public ClaimFilter(
            Long articleId, ClaimState state, String assignee, boolean unassignedOnly, CheckworthinessReason reason) {
        this(articleId, state, assignee, unassignedOnly, reason, null);
    }

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, false, null, null);
    }

    /**
     * The filter as a query with a condition for each field that is set, and none for the others: no
     * {@code :param is null or …} that one database accepts and another refuses.
     */
    Specification<ClaimCard> specification() {
        return (card, query, where) -> {
            List<jakarta.persistence.criteria.Predicate> conditions = new ArrayList<>();
            if (articleId != null) {
                conditions.add(where.equal(card.get("articleId"), articleId));
            }
            if (state != null) {
                conditions.add(where.equal(card.get("state"), state));
            }
            if (unassignedOnly) {
                conditions.add(where.isNull(card.get("assignee")));
            } else if (assignee != null) {
                conditions.add(where.equal(card.get("assignee"), assignee));
            }
            if (reason != null) {
                conditions.add(where.isMember(reason, card.<java.util.Set<CheckworthinessReason>>get("reasons")));
            }
            if (dueBy != null) {
                conditions.add(where.lessThanOrEqualTo(card.get("dueOn"), dueBy));
                conditions.add(card.get("state")
                        .in(java.util.Arrays.stream(ClaimState.values())
                                .filter(ClaimState::open)
                                .toList()));
            }
            return where.and(conditions.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
