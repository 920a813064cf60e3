package com.claimboard.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FactCheckRepository extends JpaRepository<FactCheck, Long> {

    Optional<FactCheck> findBySlug(String slug);

    Optional<FactCheck> findByClaimId(long claimId);

    boolean existsBySlug(String slug);

    List<FactCheck> findByOrderByPublishedAtDesc(Pageable pageable);
}
