package com.claimboard.verdict;

import com.claimboard.shared.DomainRuleViolation;

/**
 * Someone else saved or decided the verdict since it was opened. A draft's author keeps their text and saves again
 * knowingly; an editor reads the verdict again before deciding.
 */
public class StaleVerdict extends DomainRuleViolation {

    StaleVerdict(VerdictAction action) {
        super(
                action == VerdictAction.EDIT || action == VerdictAction.PROPOSE
                        ? "verdict.error.stale"
                        : "review.error.stale",
                "the verdict changed since it was opened; action " + action);
    }

    /** Two first drafts of one claim at the same moment: the other one was saved first. */
    static StaleVerdict concurrentDraft() {
        return new StaleVerdict("verdict.error.concurrent-draft");
    }

    private StaleVerdict(String key) {
        super(key, "another first draft of this claim was saved at the same moment");
    }
}
