package com.claimboard.claim;

import com.claimboard.shared.TextLimit;

/** How long the texts of a claim card may be; the forms show these and the domain enforces them. */
public final class ClaimLimits {

    /** A card's words, reworded or merged: a long quotation fits, a whole article does not. */
    public static final TextLimit TEXT = new TextLimit("claim.field.text", 20_000);

    public static final TextLimit DISMISS_REASON = new TextLimit("claim.field.dismiss-reason", 1_000);

    /** An editor's comment sent back with a verdict, and a withdrawal's public notice. */
    public static final TextLimit COMMENT = new TextLimit("claim.field.comment", 5_000);

    private ClaimLimits() {}
}
