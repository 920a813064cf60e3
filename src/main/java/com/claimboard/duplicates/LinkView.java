package com.claimboard.duplicates;

import com.claimboard.claim.ClaimState;
import com.claimboard.publishing.PublishedRating;
import java.time.Instant;

/**
 * A link between a card and an earlier one, as the card's page shows it.
 *
 * @param similarity how alike the two claims read, 0 to 1 (the cosine of their sentence vectors)
 * @param publicPath the earlier card's fact-check on the public site, when it stands; else null
 * @param rating that fact-check's verdict, else null
 * @param canDecide whether the reader may confirm or reject it now
 * @param canClose whether the reader may close the card with the earlier verdict now (confirmed, already checked)
 */
public record LinkView(
        long id,
        long version,
        long checkedClaimId,
        String checkedText,
        ClaimState checkedState,
        LinkKind kind,
        LinkStatus status,
        double similarity,
        String publicPath,
        PublishedRating rating,
        String decidedBy,
        Instant decidedAt,
        boolean canDecide,
        boolean canClose) {}
