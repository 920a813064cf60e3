package com.claimboard.verdict;

import com.claimboard.shared.DomainRuleViolation;

/** Someone else saved the verdict since it was opened; the caller keeps its text and reloads. */
public class StaleVerdict extends DomainRuleViolation {

    StaleVerdict() {
        super("verdict.error.stale", "the verdict changed since it was opened");
    }
}
