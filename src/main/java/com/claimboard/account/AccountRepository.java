package com.claimboard.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByEmail(String email);

    List<Account> findAllByOrderByDisplayNameAscIdAsc();

    @Query("select count(a) > 0 from Account a where a.roles like '%ADMIN%' and a.enabled = true")
    boolean anyAdmin();

    /**
     * The active admins, locked until the transaction ends: two admins taking the role from each other at the same
     * moment are served one after the other, so the desk never ends up with none.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.roles like '%ADMIN%' and a.enabled = true order by a.id")
    List<Account> lockActiveAdmins();
}
