package com.claimboard.source;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PassageRepository extends JpaRepository<Passage, Long> {

    List<Passage> findByClaimIdAndRemovedAtIsNullOrderByIdAsc(long claimId);
}
