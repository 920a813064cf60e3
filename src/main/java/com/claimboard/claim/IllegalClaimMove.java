package com.claimboard.claim;

import com.claimboard.shared.DomainRuleViolation;

/** An action that this claim card, as it stands, does not allow this person; the key says why. */
public class IllegalClaimMove extends DomainRuleViolation {

    IllegalClaimMove(String messageKey, ClaimAction action, ClaimState state) {
        super(messageKey, "cannot " + action.code() + " a claim that is " + state);
    }
}
