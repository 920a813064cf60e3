package com.claimboard.source;

import com.claimboard.shared.text.TextQuote;
import java.time.Instant;

/**
 * A passage as the desk sees it: its words, how it bears on the claim, and where it is in the stored copy now
 * ({@code start} and {@code end}, or -1 when its words are no longer there).
 */
public record PassageView(
        long id,
        long sourceId,
        long claimId,
        Stance stance,
        TextQuote quote,
        int start,
        int end,
        String markedBy,
        Instant markedAt) {

    public boolean found() {
        return start >= 0;
    }
}
