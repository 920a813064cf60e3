package com.claimboard.claim;

/** Who made a claim: a person, or a body (a government, a company, a party), as ClaimReview tells them apart. */
public enum ClaimantKind {
    PERSON,
    ORGANIZATION;

    public String messageKey() {
        return "claimant.kind." + name();
    }
}
