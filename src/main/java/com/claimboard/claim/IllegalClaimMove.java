package com.claimboard.claim;

import com.claimboard.shared.DomainRuleViolation;

/** A workflow move that the claim's current state does not allow. */
public class IllegalClaimMove extends DomainRuleViolation {

    IllegalClaimMove(String action, ClaimState state) {
        super("claim.error.illegal-move", "cannot " + action + " a claim that is " + state);
    }
}
