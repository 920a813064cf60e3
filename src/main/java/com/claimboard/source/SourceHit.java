package com.claimboard.source;

/**
 * A source found by the workspace search: its claim, its title and the passage of its stored text that matched,
 * both as HTML where only {@code <mark>} is markup.
 */
public record SourceHit(long sourceId, long claimId, String titleHtml, String excerptHtml) {}
