package com.claimboard.discussion;

import static com.claimboard.shared.Preconditions.requireText;
import static com.claimboard.shared.Preconditions.rule;

import com.claimboard.shared.Actor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A comment in a claim's discussion. Only its author edits or deletes it; each earlier wording is kept, and a
 * deleted comment stays in the thread as "deleted" with its wordings in the history.
 */
@Entity
@Table(name = "comments")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(nullable = false, length = 5000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "comment_revisions", joinColumns = @JoinColumn(name = "comment_id"))
    @OrderColumn(name = "position")
    private List<Revision> revisions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "comment_mentions", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> mentions = new HashSet<>();

    /** An earlier wording, and when it was replaced. */
    @Embeddable
    record Revision(
            @Column(nullable = false, length = 5000) String body,
            @Column(name = "replaced_at", nullable = false) Instant replacedAt) {}

    protected Comment() {}

    Comment(long claimId, String author, String body, Set<String> mentions, Instant at) {
        this.claimId = claimId;
        this.author = requireText(author, "author");
        this.body = requireText(body, "body");
        this.mentions = new HashSet<>(mentions);
        this.createdAt = at;
    }

    boolean mayChange(Actor actor) {
        return actor.is(author) && deletedAt == null;
    }

    void edit(String newBody, Set<String> newMentions, Actor by, Instant at) {
        rule(mayChange(by), "discussion.error.not-author", "only the author edits a comment");
        if (newBody.equals(body)) {
            return;
        }
        revisions.add(new Revision(body, at));
        this.body = newBody;
        this.mentions = new HashSet<>(newMentions);
        this.editedAt = at;
    }

    void delete(Actor by, Instant at) {
        rule(mayChange(by), "discussion.error.not-author", "only the author deletes a comment");
        this.deletedAt = at;
    }

    Long id() {
        return id;
    }

    long claimId() {
        return claimId;
    }

    CommentView view(Actor viewer) {
        boolean deleted = deletedAt != null;
        return new CommentView(
                id,
                version,
                claimId,
                author,
                deleted ? null : body,
                createdAt,
                editedAt,
                deletedAt,
                revisions.size(),
                Set.copyOf(mentions),
                viewer != null && mayChange(viewer));
    }
}
