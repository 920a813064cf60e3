package com.claimboard.publishing;

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
        @Column(length = 5000) String note,
        @Column(name = "rating_name_en", length = 60) String ratingNameEn,
        @Column(name = "rating_name_fr", length = 60) String ratingNameFr) {

    /** The rating it carried, with its names as they were then. */
    public PublishedRating publishedRating() {
        return new PublishedRating(rating, ratingNameEn, ratingNameFr, null);
    }
}
