package com.claimboard.account;

import static com.claimboard.shared.Preconditions.requireText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to an account in its trail: who made it, when, and what it was. */
@Entity
@Table(name = "account_events")
class AccountEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccountChange action;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 1000)
    private String detail;

    @Column(nullable = false)
    private Instant at;

    protected AccountEvent() {}

    AccountEvent(long accountId, AccountChange action, String actor, String detail, Instant at) {
        this.accountId = accountId;
        this.action = action;
        this.actor = requireText(actor, "actor");
        this.detail = detail;
        this.at = at;
    }

    AccountHistoryEntry entry() {
        return new AccountHistoryEntry(action, actor, detail, at);
    }
}
