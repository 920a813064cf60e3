package com.claimboard.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Someone who worked on a claim, told when it is corrected or withdrawn. */
@Entity
@Table(name = "claim_followers")
class ClaimFollower {

    @Embeddable
    record Key(
            @Column(name = "claim_id") long claimId,
            @Column(name = "username", length = 100) String username) implements Serializable {}

    @EmbeddedId
    private Key key;

    protected ClaimFollower() {}

    ClaimFollower(long claimId, String username) {
        this.key = new Key(claimId, username);
    }

    String username() {
        return key.username();
    }
}
