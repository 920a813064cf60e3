package com.claimboard.verdict;

/**
 * A verdict found by the workspace search: its claim, its rating's code, where it stands, and its summary or the
 * matching part of its explanation as HTML where only {@code <mark>} is markup.
 */
public record VerdictHit(long verdictId, long claimId, String rating, VerdictState state, String excerptHtml) {}
