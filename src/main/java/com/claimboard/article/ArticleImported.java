package com.claimboard.article;

/** An article was imported; its text is ready to be split into claim cards. */
public record ArticleImported(long articleId, String text, String lang) {}
