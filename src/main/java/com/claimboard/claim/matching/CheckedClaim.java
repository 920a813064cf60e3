package com.claimboard.claim.matching;

import java.util.Objects;

/** A claim the desk has checked (or is checking): its id, its words, and the title of its fact-check if any. */
public record CheckedClaim(String id, String text, String title) {

    public CheckedClaim {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        title = title == null ? "" : title;
    }
}
