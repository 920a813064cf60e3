package com.claimboard.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    @Query("select count(a) > 0 from Account a where a.roles like '%ADMIN%' and a.enabled = true")
    boolean anyAdmin();
}
