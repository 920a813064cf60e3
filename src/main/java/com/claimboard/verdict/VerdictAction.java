package com.claimboard.verdict;

/** What can be done with a verdict; {@link Verdict#allowedActions} says which a person may do now. */
public enum VerdictAction {
    EDIT,
    PROPOSE,
    APPROVE,
    REQUEST_CHANGES
}
