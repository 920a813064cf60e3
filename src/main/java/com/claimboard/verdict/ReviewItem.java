package com.claimboard.verdict;

import com.claimboard.claim.ClaimSummary;

/** One proposal in the editors' queue, with the claim it rules on. */
public record ReviewItem(VerdictSummary verdict, ClaimSummary claim) {}
