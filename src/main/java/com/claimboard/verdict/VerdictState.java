package com.claimboard.verdict;

public enum VerdictState {
    DRAFT,
    PROPOSED,
    CHANGES_REQUESTED,
    APPROVED;

    /** The translation key of the state's name. */
    public String messageKey() {
        return "verdict.state." + name();
    }
}
