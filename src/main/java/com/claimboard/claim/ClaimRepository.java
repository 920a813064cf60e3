package com.claimboard.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ClaimRepository extends JpaRepository<ClaimCard, Long>, JpaSpecificationExecutor<ClaimCard> {

    List<ClaimCard> findByArticleIdAndPositionGreaterThanOrderByPositionDesc(long articleId, int position);

    List<ClaimCard> findByArticleIdOrderByPosition(long articleId);

    List<ClaimCard> findByStateIn(java.util.Collection<ClaimState> states);
}
