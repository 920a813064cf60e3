package com.claimboard.verdict;

import com.claimboard.shared.TextLimit;

/** How long a verdict's texts may be; the forms show these and the domain enforces them. */
public final class VerdictLimits {

    /** Shown on cards and in feeds: one or two sentences. */
    public static final TextLimit SUMMARY = new TextLimit("verdict.field.summary", 280);

    public static final TextLimit EXPLANATION = new TextLimit("verdict.field.explanation", 20_000);

    public static final TextLimit REVIEW_COMMENT = new TextLimit("verdict.field.review-comment", 5_000);

    private VerdictLimits() {}
}
