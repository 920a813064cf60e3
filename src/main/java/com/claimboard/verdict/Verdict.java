package com.claimboard.verdict;

import static com.claimboard.shared.Preconditions.requireText;
import static com.claimboard.shared.Preconditions.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's verdict on a claim. It is edited while a draft (or sent back), proposed once it has evidence,
 * and decided by an editor who is not its author.
 */
@Entity
@Table(name = "verdicts")
class Verdict {

    static final int MAX_SUMMARY = 280;
    static final int MAX_EXPLANATION = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = 100)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Rating rating;

    @Column(length = MAX_SUMMARY)
    private String summary;

    @Column(length = MAX_EXPLANATION)
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private VerdictState state = VerdictState.DRAFT;

    @Column(length = 100)
    private String reviewer;

    @Column(name = "review_comment", length = 5000)
    private String reviewComment;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Verdict() {}

    Verdict(long claimId, String author) {
        this.claimId = claimId;
        this.author = requireText(author, "author");
        this.updatedAt = Instant.now();
    }

    void edit(VerdictDraft draft, String by) {
        rule(Objects.equals(author, by), "verdict.error.not-author", "only the author edits a verdict");
        rule(
                state == VerdictState.DRAFT || state == VerdictState.CHANGES_REQUESTED,
                "verdict.error.not-editable",
                "a verdict under review or approved is not edited");
        String cleanSummary = draft.summary() == null ? null : draft.summary().strip();
        rule(
                cleanSummary == null || cleanSummary.length() <= MAX_SUMMARY,
                "verdict.error.summary-too-long",
                "summary longer than " + MAX_SUMMARY);
        rule(
                draft.explanation() == null || draft.explanation().length() <= MAX_EXPLANATION,
                "verdict.error.explanation-too-long",
                "explanation too long");
        this.rating = draft.rating();
        this.summary = cleanSummary;
        this.explanation =
                draft.explanation() == null ? null : draft.explanation().strip();
        this.updatedAt = Instant.now();
    }

    void proposeBy(String by, long fetchedSources) {
        rule(Objects.equals(author, by), "verdict.error.not-author", "only the author proposes a verdict");
        rule(
                state == VerdictState.DRAFT || state == VerdictState.CHANGES_REQUESTED,
                "verdict.error.not-editable",
                "only a draft is proposed");
        rule(fetchedSources > 0, "verdict.error.no-source", "a verdict needs at least one fetched source");
        rule(rating != null, "verdict.error.rating-required", "choose a rating");
        rule(summary != null && !summary.isBlank(), "verdict.error.summary-required", "write a summary");
        rule(
                explanation != null && !explanation.isBlank(),
                "verdict.error.explanation-required",
                "write an explanation");
        this.state = VerdictState.PROPOSED;
        this.proposedAt = Instant.now();
        this.updatedAt = proposedAt;
    }

    void approveBy(String editor) {
        requireText(editor, "editor");
        rule(!editor.equals(author), "review.error.own-verdict", "an editor never approves their own verdict");
        rule(state == VerdictState.PROPOSED, "review.error.not-proposed", "only a proposed verdict is approved");
        this.state = VerdictState.APPROVED;
        this.reviewer = editor;
        this.decidedAt = Instant.now();
        this.updatedAt = decidedAt;
    }

    void requestChangesBy(String editor, String comment) {
        requireText(editor, "editor");
        rule(!editor.equals(author), "review.error.own-verdict", "an editor never reviews their own verdict");
        rule(state == VerdictState.PROPOSED, "review.error.not-proposed", "only a proposed verdict is reviewed");
        rule(comment != null && !comment.isBlank(), "review.error.comment-required", "say what should change");
        this.state = VerdictState.CHANGES_REQUESTED;
        this.reviewer = editor;
        this.reviewComment = comment.strip();
        this.decidedAt = Instant.now();
        this.updatedAt = decidedAt;
    }

    Long id() {
        return id;
    }

    long claimId() {
        return claimId;
    }

    long version() {
        return version;
    }

    String author() {
        return author;
    }

    VerdictState state() {
        return state;
    }

    VerdictSummary summary() {
        return new VerdictSummary(
                id,
                version,
                claimId,
                author,
                rating,
                summary,
                explanation,
                state,
                reviewer,
                reviewComment,
                proposedAt,
                decidedAt,
                updatedAt);
    }
}
