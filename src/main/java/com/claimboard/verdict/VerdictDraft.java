package com.claimboard.verdict;

/** What the reviewer writes: a rating, a summary of at most 280 characters, and the explanation. */
public record VerdictDraft(Rating rating, String summary, String explanation) {}
