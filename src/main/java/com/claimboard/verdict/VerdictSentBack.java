package com.claimboard.verdict;

/** An editor sent a proposed verdict back to its author with a comment. */
public record VerdictSentBack(long verdictId, long claimId, String author, String editor, String comment) {}
