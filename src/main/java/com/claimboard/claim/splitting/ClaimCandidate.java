package com.claimboard.claim.splitting;

import java.util.List;

/**
 * One proposed claim card: its exact span in the text, who it is attributed to (directly, or by context
 * such as "Il a déclaré"), and how much it deserves checking, with the reasons.
 */
public record ClaimCandidate(
        int start,
        int end,
        String text,
        String speaker,
        boolean speakerByContext,
        double checkworthiness,
        List<CheckworthinessReason> reasons) {

    public ClaimCandidate {
        reasons = List.copyOf(reasons);
    }
}
