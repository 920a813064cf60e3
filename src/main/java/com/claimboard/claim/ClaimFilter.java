package com.claimboard.claim;

/**
 * What the board shows: null fields mean "any".
 *
 * @param unassignedOnly only cards nobody has taken (ignores {@code assignee})
 */
public record ClaimFilter(Long articleId, ClaimState state, String assignee, boolean unassignedOnly) {

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, false);
    }
}
