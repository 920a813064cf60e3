package com.claimboard.claim;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClaimRepository extends JpaRepository<ClaimCard, Long> {

    @Query("""
            select c from ClaimCard c
            where (:articleId is null or c.articleId = :articleId)
              and (:state is null or c.state = :state)
              and (:assignee is null or c.assignee = :assignee)
              and (:unassigned = false or c.assignee is null)
              and (:reason is null or c.reasons like concat('%', :reason, '%'))
            """)
    Page<ClaimCard> findForBoard(
            @Param("articleId") Long articleId,
            @Param("state") ClaimState state,
            @Param("assignee") String assignee,
            @Param("unassigned") boolean unassigned,
            @Param("reason") String reason,
            Pageable pageable);

    @Query("""
            select count(c) from ClaimCard c
            where (:articleId is null or c.articleId = :articleId)
              and (:state is null or c.state = :state)
              and (:assignee is null or c.assignee = :assignee)
              and (:unassigned = false or c.assignee is null)
              and (:reason is null or c.reasons like concat('%', :reason, '%'))
            """)
    long countForBoard(
            @Param("articleId") Long articleId,
            @Param("state") ClaimState state,
            @Param("assignee") String assignee,
            @Param("unassigned") boolean unassigned,
            @Param("reason") String reason);

    List<ClaimCard> findByArticleIdAndPositionGreaterThanOrderByPositionDesc(long articleId, int position);

    List<ClaimCard> findByArticleIdOrderByPosition(long articleId);
}
