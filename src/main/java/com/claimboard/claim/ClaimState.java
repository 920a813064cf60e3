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

    /** Still to be worked on: neither set aside nor done (a due date can be missed). */
    public boolean open() {
        return this == NEW || this == IN_RESEARCH || this == IN_REVIEW || this == CHANGES_REQUESTED;
    }

    /** The translation key of the state's name. */
    public String messageKey() {
        return "state." + name();
    }
}
