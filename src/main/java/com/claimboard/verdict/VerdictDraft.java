package com.claimboard.verdict;

/**
 * What the reviewer writes: a rating of the desk's scale (its code; null before one is chosen), a summary of at
 * most 280 characters, and the explanation.
 */
public record VerdictDraft(String rating, String summary, String explanation) {

    /** A draft with a rating of the default scale. */
    public static VerdictDraft of(Rating rating, String summary, String explanation) {
        return new VerdictDraft(rating == null ? null : rating.name(), summary, explanation);
    }
}
