package com.claimboard.source;

import com.claimboard.shared.text.TextQuote;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A passage of a source's stored copy that bears on the claim, and how. */
@Entity
@Table(name = "passages")
class Passage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stance stance;

    @Column(name = "exact_text", nullable = false, length = 2000)
    private String exact;

    @Column(name = "prefix_text", nullable = false, length = 64)
    private String prefix;

    @Column(name = "suffix_text", nullable = false, length = 64)
    private String suffix;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "marked_by", nullable = false, length = 100)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected Passage() {}

    Passage(long sourceId, long claimId, Stance stance, TextQuote quote, String markedBy) {
        this.sourceId = sourceId;
        this.claimId = claimId;
        this.stance = stance;
        this.exact = quote.exact();
        this.prefix = quote.prefix();
        this.suffix = quote.suffix();
        this.start = quote.start();
        this.end = quote.end();
        this.markedBy = markedBy;
        this.markedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    long sourceId() {
        return sourceId;
    }

    long claimId() {
        return claimId;
    }

    void remove() {
        removedAt = Instant.now();
    }

    TextQuote quote() {
        return new TextQuote(exact, prefix, suffix, start, end);
    }

    /** The passage as shown, found again in {@code copy} (the source's stored text) or said not found. */
    PassageView view(String copy) {
        TextQuote quote = quote();
        var found = copy == null ? java.util.Optional.<TextQuote.Found>empty() : quote.locate(copy);
        return new PassageView(
                id,
                sourceId,
                claimId,
                stance,
                quote,
                found.map(TextQuote.Found::start).orElse(-1),
                found.map(TextQuote.Found::end).orElse(-1),
                markedBy,
                markedAt);
    }
}
