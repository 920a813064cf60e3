package com.claimboard.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A source as it stood when the fact-check was published. */
@Embeddable
record PublishedSource(
        @Column(name = "source_id", nullable = false) long sourceId,
        @Column(nullable = false, length = 500) String label,
        @Column(nullable = false, length = 2000) String url,
        @Column(nullable = false, length = 20) String stance,
        @Column(name = "fetched_at") Instant fetchedAt) {}
