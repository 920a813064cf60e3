package com.claimboard.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByClaimIdOrderByAtAscIdAsc(long claimId);
}
