package com.claimboard.claim;

/**
 * What the board shows: null fields mean "any".
 *
 * @param unassignedOnly only cards nobody has taken (ignores {@code assignee})
 * @param reason only cards whose check-worthiness has this reason ("statistic", "quotation"…)
 */
public record ClaimFilter(Long articleId, ClaimState state, String assignee, boolean unassignedOnly, String reason) {

    public ClaimFilter(Long articleId, ClaimState state, String assignee, boolean unassignedOnly) {
        this(articleId, state, assignee, unassignedOnly, null);
    }

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, false, null);
    }
}
