package com.claimboard.duplicates;

import com.claimboard.shared.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A card and an earlier one the matcher found like it, and what a reviewer said of the pair. */
@Entity
@Table(name = "claim_links")
class ClaimLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "checked_claim_id", nullable = false)
    private long checkedClaimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkStatus status = LinkStatus.SUGGESTED;

    @Column(nullable = false)
    private double similarity;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ClaimLink() {}

    ClaimLink(long claimId, long checkedClaimId, LinkKind kind, double similarity) {
        this.claimId = claimId;
        this.checkedClaimId = checkedClaimId;
        this.kind = kind;
        this.similarity = similarity;
        this.foundAt = Instant.now();
    }

    /** The matcher found the pair again (the card's words changed): a suggestion takes the new reading. */
    void foundAgain(LinkKind kind, double similarity) {
        if (status == LinkStatus.SUGGESTED) {
            this.kind = kind;
            this.similarity = similarity;
            this.foundAt = Instant.now();
        }
    }

    void confirm(String by) {
        decide(LinkStatus.CONFIRMED, by);
    }

    void reject(String by) {
        decide(LinkStatus.REJECTED, by);
    }

    private void decide(LinkStatus next, String by) {
        if (status != LinkStatus.SUGGESTED) {
            throw new DomainRuleViolation("duplicates.error.decided", "this link was already " + status);
        }
        this.status = next;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long claimId() {
        return claimId;
    }

    long checkedClaimId() {
        return checkedClaimId;
    }

    LinkKind kind() {
        return kind;
    }

    LinkStatus status() {
        return status;
    }

    double similarity() {
        return similarity;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
