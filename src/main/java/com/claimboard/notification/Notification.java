package com.claimboard.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing one person is told; read or not. */
@Entity
@Table(name = "notifications")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 1000)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(String recipient, NotificationKind kind, long claimId, String actor, String detail, Instant at) {
        this.recipient = recipient;
        this.kind = kind;
        this.claimId = claimId;
        this.actor = actor;
        this.detail = detail; // an excerpt already (NotificationService), the whole text stays on the claim
        this.createdAt = at;
    }

    String recipient() {
        return recipient;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationView view() {
        return new NotificationView(id, kind, claimId, actor, detail, createdAt, readAt);
    }
}
