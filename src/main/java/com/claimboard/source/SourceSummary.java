package com.claimboard.source;

import com.claimboard.shared.fetching.FetchFailure;
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
        Instant addedAt,
        SourceKind kind,
        String outlet,
        java.time.LocalDate citedDate) {

    /** Why the fetch failed, as the translation key of its message; null unless it failed. */
    public String failureMessageKey() {
        if (failureReason == null) {
            return null;
        }
        try {
            return FetchFailure.Reason.valueOf(failureReason).messageKey();
        } catch (IllegalArgumentException unknown) {
            return FetchFailure.Reason.NETWORK.messageKey();
        }
    }

    /** The best label for a link to this source. */
    public String label() {
        return title != null && !title.isBlank() ? title : finalUrl != null ? finalUrl : url != null ? url : "#" + id;
    }

    /** Where the source can be read on the web, if anywhere. */
    public String address() {
        return finalUrl != null ? finalUrl : url;
    }

    /** Whether a failed fetch may be tried again (uploads and excerpts are not fetched). */
    public boolean retriable() {
        return kind == SourceKind.WEB && state == FetchState.FAILED;
    }
}
