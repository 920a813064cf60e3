package com.claimboard.publishing;

import com.claimboard.shared.text.TextQuote;
import com.claimboard.source.Stance;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A passage of a cited source as it stood when the fact-check was published: its words and where they are. */
@Embeddable
record PublishedPassage(
        @Column(name = "source_id", nullable = false) long sourceId,
        @Column(nullable = false, length = 20) String stance,

        @Column(name = "exact_text", nullable = false, length = 2000)
        String exact,

        @Column(name = "prefix_text", nullable = false, length = 64)
        String prefix,

        @Column(name = "suffix_text", nullable = false, length = 64)
        String suffix,

        @Column(name = "start_offset", nullable = false) int start,
        @Column(name = "end_offset", nullable = false) int end) {

    TextQuote quote() {
        return new TextQuote(exact, prefix, suffix, start, end);
    }

    /** The translation key of how the passage bears on the claim. */
    public String stanceKey() {
        return Stance.valueOf(stance).messageKey();
    }
}
