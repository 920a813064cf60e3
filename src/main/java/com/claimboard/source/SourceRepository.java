package com.claimboard.source;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, Long> {

    List<Source> findByClaimIdAndRemovedAtIsNullOrderByAddedAt(long claimId);

    List<Source> findByState(FetchState state);

    long countByClaimIdAndStateAndRemovedAtIsNull(long claimId, FetchState state);
}
