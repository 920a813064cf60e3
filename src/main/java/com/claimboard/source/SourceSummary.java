package com.claimboard.source;

import java.time.Instant;

/** A source as views and the public site show it, without its snapshot text. */
public record SourceSummary(
        long id,
        long claimId,
        String url,
        Stance stance,
        FetchState state,
        String failureReason,
        String failureDetail,
        String finalUrl,
        Integer httpStatus,
        String contentType,
        String title,
        Instant fetchedAt,
        String addedBy,
        Instant addedAt) {

    /** The best label for a link to this source. */
    public String label() {
        return title != null && !title.isBlank() ? title : finalUrl != null ? finalUrl : url;
    }
}
