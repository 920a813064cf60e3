package com.claimboard.claim;

/** Where a claim card stands in the workflow; the moves between states live in {@link ClaimCard}. */
public enum ClaimState {
    NEW,
    DISMISSED,
    IN_RESEARCH,
    IN_REVIEW,
    CHANGES_REQUESTED,
    PUBLISHED,
    WITHDRAWN;

    /** The translation key of the state's name. */
    public String messageKey() {
        return "state." + name();
    }
}
