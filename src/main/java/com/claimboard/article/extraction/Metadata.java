package com.claimboard.article.extraction;

/**
 * What a page says about itself; any field may be null. {@code articleBody} is JSON-LD's, when given;
 * {@code description} the summary it gives sharing sites and search engines.
 */
record Metadata(
        String title,
        String byline,
        String siteName,
        String publishedTime,
        String lang,
        String canonicalUrl,
        String articleBody,
        String description) {}
