package com.claimboard.claim;

import com.claimboard.shared.DomainRuleViolation;

/**
 * The card changed since the person saw it (someone else edited or moved it), so their action is refused rather
 * than applied to a card they have not seen. The message fits what they were doing.
 */
public class StaleClaim extends DomainRuleViolation {

    StaleClaim(ClaimAction action) {
        super(keyFor(action), "the card changed since it was read; action " + action);
    }

    private static String keyFor(ClaimAction action) {
        return switch (action) {
            case TAKE -> "claim.stale.take";
            case REWORD, SPLIT -> "claim.stale.text";
            default -> "claim.stale.card";
        };
    }
}
