package com.claimboard.source;

import com.claimboard.shared.fetching.FetchFailure;
import java.time.Instant;

/**
 * A source as views and the public site show it, without its snapshot text.
 *
 * @param attempts how many times its page was asked for (0 for an upload or an excerpt)
 * @param nextAttemptAt when a fetch that failed for a passing reason will be tried again; else null
 */
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
        java.time.LocalDate citedDate,
        int attempts,
        Instant nextAttemptAt) {

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

    /** Pending after a failed attempt: waiting to be tried again. */
    public boolean waitingToRetry() {
        return state == FetchState.PENDING && nextAttemptAt != null;
    }

    /** Whether a failed fetch may be tried again (uploads and excerpts are not fetched). */
    public boolean retriable() {
        return kind == SourceKind.WEB && state == FetchState.FAILED;
    }
}
