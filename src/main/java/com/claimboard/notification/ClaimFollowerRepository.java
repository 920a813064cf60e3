package com.claimboard.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimFollowerRepository extends JpaRepository<ClaimFollower, ClaimFollower.Key> {

    List<ClaimFollower> findByKeyClaimId(long claimId);
}
