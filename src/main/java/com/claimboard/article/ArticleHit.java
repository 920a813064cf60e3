package com.claimboard.article;

/**
 * An article found by the workspace search: its title and the matching part of its text (null when only the
 * title matched) as HTML where only {@code <mark>} is markup, and its language.
 */
public record ArticleHit(long articleId, String titleHtml, String excerptHtml, String lang) {}
