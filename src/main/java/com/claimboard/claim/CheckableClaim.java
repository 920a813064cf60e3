package com.claimboard.claim;

import java.util.EnumSet;
import java.util.Set;

/** A card the desk has checked or is checking, as the claim matcher reads it. */
public record CheckableClaim(long id, long articleId, String text, ClaimState state) {

    /** The states of a card worth comparing a new one with: someone is checking it, or did. */
    public static final Set<ClaimState> STATES = Set.copyOf(EnumSet.of(
            ClaimState.IN_RESEARCH, ClaimState.IN_REVIEW, ClaimState.CHANGES_REQUESTED, ClaimState.PUBLISHED));
}
