package com.claimboard.verdict;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictRepository extends JpaRepository<Verdict, Long> {

    Optional<Verdict> findByOpenClaimId(long claimId);

    Optional<Verdict> findFirstByClaimIdOrderByIdDesc(long claimId);

    List<Verdict> findByStateOrderByProposedAt(VerdictState state);
}
