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

/**
 * A single-use link to set a password: an invitation or a reset. The token itself is shown once (in the e-mail or
 * to the admin) and only its SHA-256 is kept, so a copy of the database opens no account.
 */
@Entity
@Table(name = "account_links")
class AccountLink {

    enum Purpose {
        INVITATION,
        RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {}

    AccountLink(long accountId, Purpose purpose, String tokenHash, String createdBy, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = requireText(tokenHash, "tokenHash");
        this.createdBy = requireText(createdBy, "createdBy");
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    long accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    boolean used() {
        return usedAt != null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
