package com.claimboard.audit;

import com.claimboard.claim.ClaimEdited;
import com.claimboard.claim.ClaimStateChanged;
import com.claimboard.shared.Roles;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the trail and reads it back per claim. */
@Service
public class AuditService {

    private final AuditRepository entries;

    AuditService(AuditRepository entries) {
        this.entries = entries;
    }

    /** Written in the transaction of the move itself: a move without its record cannot commit. */
    @EventListener
    void on(ClaimStateChanged changed) {
        entries.save(new AuditEntry(
                changed.claimId(),
                changed.action().code(),
                changed.from().name(),
                changed.to().name(),
                changed.actor(),
                changed.comment(),
                changed.at()));
    }

    @EventListener
    void on(ClaimEdited edited) {
        entries.save(new AuditEntry(
                edited.claimId(),
                edited.action().code(),
                edited.state().name(),
                edited.state().name(),
                edited.actor(),
                edited.comment(),
                edited.at()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<AuditRecord> trail(long claimId) {
        return entries.findByClaimIdOrderByAtAscIdAsc(claimId).stream()
                .map(AuditEntry::record)
                .toList();
    }
}
