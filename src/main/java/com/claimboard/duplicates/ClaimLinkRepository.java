package com.claimboard.duplicates;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimLinkRepository extends JpaRepository<ClaimLink, Long> {

    List<ClaimLink> findByClaimIdOrderBySimilarityDesc(long claimId);

    Optional<ClaimLink> findByClaimIdAndCheckedClaimId(long claimId, long checkedClaimId);
}
