package com.claimboard.publishing;

import com.claimboard.shared.WebAddresses;
import com.claimboard.source.Stance;
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
        @Column(name = "fetched_at") Instant fetchedAt) {

    /** The address to link to, when it is a web address (see {@link WebAddresses#href}); else null, and no link. */
    public String href() {
        return WebAddresses.href(url).orElse(null);
    }

    /** The translation key of the source's stance. */
    public String stanceKey() {
        return Stance.valueOf(stance).messageKey();
    }
}
