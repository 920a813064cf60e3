package com.claimboard.publishing;

import com.claimboard.shared.WebAddresses;
import com.claimboard.verdict.Rating;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A published fact-check as the public pages render it. */
record PublishedCheck(
        String slug,
        String claimText,
        String speaker,
        Rating rating,
        String summary,
        String explanation,
        String authorName,
        String editorName,
        String articleTitle,
        String articleUrl,
        String articleOutlet,
        LocalDate articlePublishedOn,
        Instant firstPublishedAt,
        Instant publishedAt,
        List<PublishedSource> sources,
        List<Revision> revisions) {

    public boolean corrected() {
        return !revisions.isEmpty();
    }

    /** The article's address to link to, when it is a web address (see {@link WebAddresses#href}); else null. */
    public String articleHref() {
        return WebAddresses.href(articleUrl).orElse(null);
    }
}
