package com.claimboard.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FactCheckRepository extends JpaRepository<FactCheck, Long>, JpaSpecificationExecutor<FactCheck> {

    Optional<FactCheck> findBySlug(String slug);

    Optional<FactCheck> findByClaimId(long claimId);

    /** The languages and ratings that standing fact-checks have, for the home page's filters. */
    @Query("select distinct f.claimLang from FactCheck f where f.withdrawnAt is null and f.claimLang is not null")
    List<String> standingLanguages();

    @Query("select distinct f.rating from FactCheck f where f.withdrawnAt is null")
    List<String> standingRatings();

    boolean existsBySlug(String slug);

    List<FactCheck> findByArticleIdOrderById(long articleId);

    List<FactCheck> findByOrderByPublishedAtDesc(Pageable pageable);

    /** The fact-checks that stand: published and not withdrawn, newest first. */
    List<FactCheck> findByWithdrawnAtIsNullOrderByPublishedAtDesc(Pageable pageable);

    /** Every fact-check that was corrected or withdrawn. */
    @Query("select distinct f from FactCheck f left join f.revisions r"
            + " where r.replacedAt is not null or f.withdrawnAt is not null")
    List<FactCheck> correctedOrWithdrawn();
}
