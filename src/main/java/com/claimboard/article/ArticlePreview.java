package com.claimboard.article;

import java.time.LocalDate;

/** What the extractor found in a page, for the reviewer to check and edit before importing. */
public record ArticlePreview(
        String title, String byline, String outlet, LocalDate publishedOn, String lang, String url, String text) {

    public ArticleDraft toDraft() {
        return new ArticleDraft(title, text, url, outlet, publishedOn, byline, lang);
    }
}
