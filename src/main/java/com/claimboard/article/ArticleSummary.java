package com.claimboard.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article's metadata, without its text. */
public record ArticleSummary(
        long id,
        String title,
        String url,
        String outlet,
        String byline,
        LocalDate publishedOn,
        String lang,
        String importedBy,
        Instant importedAt) {}
