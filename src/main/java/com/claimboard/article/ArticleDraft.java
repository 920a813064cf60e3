package com.claimboard.article;

import java.time.LocalDate;

/**
 * An article as the reviewer is about to import it: pasted, or previewed from a page and edited. Only title and
 * text are required; a null language is detected from the text.
 */
public record ArticleDraft(
        String title, String text, String url, String outlet, LocalDate publishedOn, String byline, String lang) {

    /** A pasted article: no byline, language detected. */
    public ArticleDraft(String title, String text, String url, String outlet, LocalDate publishedOn) {
        this(title, text, url, outlet, publishedOn, null, null);
    }
}
