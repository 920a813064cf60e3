package com.claimboard.claim;

import java.time.LocalDate;

/**
 * Who made the claim, when, and where it appeared, as a reviewer confirmed it (each may be unknown). Until a
 * claimant is confirmed the splitter's guess is only a suggestion, and nothing is published as the claimant.
 *
 * @param appearanceUrl where else the claim appeared, when not (only) in the article; null for the article
 */
public record ClaimOrigin(String claimant, ClaimantKind kind, LocalDate madeOn, String appearanceUrl) {

    public static final ClaimOrigin UNKNOWN = new ClaimOrigin(null, null, null, null);

    public boolean claimantConfirmed() {
        return claimant != null;
    }
}
