package com.claimboard.claim;

import com.claimboard.shared.TextLimit;

/** How long the texts of a claim card may be; the forms show these and the domain enforces them. */
public final class ClaimLimits {

    /** A card's words, reworded or merged: a long quotation fits, a whole article does not. */
    public static final TextLimit TEXT = new TextLimit("claim.field.text", 20_000);

    public static final TextLimit DISMISS_REASON = new TextLimit("claim.field.dismiss-reason", 1_000);

    /** An editor's comment sent back with a verdict, and a withdrawal's public notice. */
    public static final TextLimit COMMENT = new TextLimit("claim.field.comment", 5_000);

    /** The person or body that made the claim. */
    public static final TextLimit CLAIMANT = new TextLimit("claim.field.claimant", 300);

    /** Where else the claim appeared: a web address. */
    public static final TextLimit APPEARANCE_URL =
            new TextLimit("claim.field.appearance-url", com.claimboard.shared.WebAddresses.MAX_LENGTH);

    private ClaimLimits() {}
}
