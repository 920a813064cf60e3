package com.claimboard.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FactCheckRepository extends JpaRepository<FactCheck, Long> {

    Optional<FactCheck> findBySlug(String slug);

    Optional<FactCheck> findByClaimId(long claimId);

    boolean existsBySlug(String slug);

    List<FactCheck> findByOrderByPublishedAtDesc(Pageable pageable);

    /** The fact-checks that stand: published and not withdrawn, newest first. */
    List<FactCheck> findByWithdrawnAtIsNullOrderByPublishedAtDesc(Pageable pageable);

    /** Every fact-check that was corrected or withdrawn. */
    @Query("select distinct f from FactCheck f left join f.revisions r"
            + " where r.replacedAt is not null or f.withdrawnAt is not null")
    List<FactCheck> correctedOrWithdrawn();
}
