package com.claimboard.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountEventRepository extends JpaRepository<AccountEvent, Long> {

    List<AccountEvent> findByAccountIdOrderByAtAscIdAsc(long accountId);
}
