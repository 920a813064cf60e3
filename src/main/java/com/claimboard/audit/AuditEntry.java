package com.claimboard.audit;

import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded move; never changed once written. */
@Entity
@Table(name = "audit_entries")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "from_state", length = 30)
    private String fromState;

    @Column(name = "to_state", length = 30)
    private String toState;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 20_000)
    private String comment;

    @Column(nullable = false)
    private Instant at;

    protected AuditEntry() {}

    AuditEntry(
            long claimId, String action, String fromState, String toState, String actor, String comment, Instant at) {
        this.claimId = claimId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.comment = comment;
        this.at = at;
    }

    AuditRecord record() {
        return new AuditRecord(
                claimId,
                ClaimAction.ofCode(action),
                fromState == null ? null : ClaimState.valueOf(fromState),
                toState == null ? null : ClaimState.valueOf(toState),
                actor,
                comment,
                at);
    }
}
