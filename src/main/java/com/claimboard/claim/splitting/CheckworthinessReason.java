package com.claimboard.claim.splitting;

/**
 * Why a sentence scored as it did: what the scorer found in it. Stored as values with each card, shown as a
 * translated badge ({@link #messageKey()}), and written by its {@link #code()} in the command line's JSON.
 */
public enum CheckworthinessReason {
    STATISTIC("statistic"),
    ECONOMY("economy"),
    COMPARISON("comparison"),
    CAUSAL("causal"),
    PREDICTION("prediction"),
    LAW_OR_POLICY("law-or-policy"),
    QUOTATION("quotation"),
    ATTRIBUTION("attribution"),
    OPINION("opinion"),
    HEDGING("hedging"),
    QUESTION("question"),
    GREETING("greeting"),
    PROCEDURAL("procedural"),
    /** Near, by meaning, the example claims of {@code ClaimLikeness}. */
    CLAIM_LIKE("claim-like");

    private final String code;

    CheckworthinessReason(String code) {
        this.code = code;
    }

    /** The reason's name in the command line's output and in URLs: {@code "law-or-policy"}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "reason." + code;
    }
}
