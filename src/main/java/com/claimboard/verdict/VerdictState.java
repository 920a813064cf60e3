package com.claimboard.verdict;

public enum VerdictState {
    DRAFT,
    PROPOSED,
    CHANGES_REQUESTED,
    APPROVED
}
