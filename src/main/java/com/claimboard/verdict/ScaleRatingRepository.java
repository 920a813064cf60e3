package com.claimboard.verdict;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScaleRatingRepository extends JpaRepository<ScaleRating, Long> {

    List<ScaleRating> findAllByOrderByPositionAscIdAsc();

    Optional<ScaleRating> findByCode(String code);
}
