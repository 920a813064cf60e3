package com.claimboard.publishing;

import com.claimboard.verdict.Rating;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A verdict this fact-check once carried, kept when a correction replaced it. */
@Embeddable
record Revision(
        @Column(nullable = false, length = 30) String rating,
        @Column(nullable = false, length = 280) String summary,
        @Column(name = "published_at", nullable = false) Instant publishedAt,
        @Column(name = "replaced_at", nullable = false) Instant replacedAt,
        @Column(length = 5000) String note) {

    /** The translation key of the rating it carried. */
    public String ratingKey() {
        return Rating.valueOf(rating).messageKey();
    }
}
