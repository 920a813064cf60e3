package com.claimboard.claim;

import static com.claimboard.shared.Preconditions.require;
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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One claim taken from an article, with its exact span in the article text. Its workflow is a state machine:
 * every move is a verb here that refuses an illegal move and records a {@link ClaimStateChanged}.
 */
@Entity
@Table(name = "claim_cards")
class ClaimCard extends AbstractAggregateRoot<ClaimCard> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int position;

    @Column(name = "span_start", nullable = false)
    private int spanStart;

    @Column(name = "span_end", nullable = false)
    private int spanEnd;

    @Column(nullable = false, length = 20_000)
    private String text;

    @Column(name = "original_text", length = 20_000)
    private String originalText;

    @Column(length = 300)
    private String speaker;

    @Column(name = "speaker_by_context", nullable = false)
    private boolean speakerByContext;

    @Column(nullable = false)
    private double checkworthiness;

    @Column(nullable = false, length = 300)
    private String reasons = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClaimState state = ClaimState.NEW;

    @Column(length = 100)
    private String assignee;

    @Column(name = "dismiss_reason", length = 1000)
    private String dismissReason;

    /** The card this one was merged into: its words are that card's now. */
    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClaimCard() {}

    ClaimCard(long articleId, int position, int spanStart, int spanEnd, String text) {
        require(spanStart >= 0 && spanEnd > spanStart, "a card's span must be non-empty");
        this.articleId = articleId;
        this.position = position;
        this.spanStart = spanStart;
        this.spanEnd = spanEnd;
        this.text = requireText(text, "text");
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void attribute(String speaker, boolean byContext) {
        this.speaker = speaker;
        this.speakerByContext = speaker != null && byContext;
    }

    void score(double checkworthiness, List<String> reasons) {
        require(checkworthiness >= 0 && checkworthiness <= 1, "check-worthiness is between 0 and 1");
        this.checkworthiness = checkworthiness;
        this.reasons = String.join(",", reasons);
    }

    /** A reviewer takes the card to research it. */
    void assignTo(String reviewer) {
        requireText(reviewer, "reviewer");
        move("assign", ClaimState.NEW, ClaimState.IN_RESEARCH, reviewer, null);
        this.assignee = reviewer;
    }

    void dismiss(String reason, String by) {
        rule(reason != null && !reason.isBlank(), "claim.error.dismiss-reason", "a dismissal needs a reason");
        move("dismiss", ClaimState.NEW, ClaimState.DISMISSED, by, reason);
        this.dismissReason = reason.strip();
    }

    void restore(String by) {
        // Its words went into another card: restoring it would count them twice.
        rule(mergedInto == null, "claim.error.covered", "the card's text is part of card " + mergedInto + " now");
        move("restore", ClaimState.DISMISSED, ClaimState.NEW, by, null);
        this.dismissReason = null;
    }

    /** The assignee proposed a verdict, or anyone proposed a correction to a published one. */
    void submitForReview(String by) {
        if (state == ClaimState.PUBLISHED) {
            move("propose-correction", ClaimState.PUBLISHED, ClaimState.IN_REVIEW, by, null);
            return;
        }
        rule(Objects.equals(assignee, by), "claim.error.not-assignee", "only the assignee proposes a verdict");
        move("propose", ClaimState.IN_RESEARCH, ClaimState.IN_REVIEW, by, null);
    }

    void requestChanges(String editor, String comment) {
        rule(comment != null && !comment.isBlank(), "review.error.comment-required", "changes need a comment");
        move("request-changes", ClaimState.IN_REVIEW, ClaimState.CHANGES_REQUESTED, editor, comment);
    }

    void resumeResearch(String by) {
        rule(Objects.equals(assignee, by), "claim.error.not-assignee", "only the assignee resumes research");
        move("resume", ClaimState.CHANGES_REQUESTED, ClaimState.IN_RESEARCH, by, null);
    }

    void publish(String editor) {
        move("publish", ClaimState.IN_REVIEW, ClaimState.PUBLISHED, editor, null);
    }

    void withdraw(String editor, String notice) {
        rule(notice != null && !notice.isBlank(), "claim.error.withdraw-notice", "a withdrawal needs a notice");
        move("withdraw", ClaimState.PUBLISHED, ClaimState.WITHDRAWN, editor, notice);
    }

    /** New wording for the claim; the article's own words and the span stay, to be shown beside it. */
    void reword(String newText, String by) {
        rule(newText != null && !newText.isBlank(), "claim.error.text-required", "a claim needs words");
        rule(
                state == ClaimState.NEW || state == ClaimState.IN_RESEARCH || state == ClaimState.CHANGES_REQUESTED,
                "claim.error.not-editable",
                "a card under review or published is not reworded");
        if (originalText == null) {
            originalText = text;
        }
        String previous = text;
        text = newText.strip();
        edited("reword", by, previous);
    }

    /**
     * Cuts this card in two after {@code length} characters of its text and returns the second part, a new
     * card at the next position. Only a new card in the article's own words is cut, so both spans stay exact.
     */
    ClaimCard splitAfter(int length, String by) {
        rule(state == ClaimState.NEW, "claim.error.not-editable", "only a new card is split");
        rule(originalText == null, "claim.error.reworded", "a reworded card is not split");
        int head = length;
        while (head > 0 && Character.isWhitespace(text.charAt(head - 1))) {
            head--;
        }
        int tail = length;
        while (tail < text.length() && Character.isWhitespace(text.charAt(tail))) {
            tail++;
        }
        rule(
                head > 0 && tail < text.length(),
                "claim.error.split-point",
                "the split point must leave text on each side");
        ClaimCard second = new ClaimCard(articleId, position + 1, spanStart + tail, spanEnd, text.substring(tail));
        second.score(checkworthiness, reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")));
        second.attribute(speaker, speakerByContext);
        spanEnd = spanStart + head;
        text = text.substring(0, head);
        edited("split", by, null);
        return second;
    }

    /** Takes in the next card of the article: the span runs on to its end, the text is the article's. */
    void absorb(ClaimCard next, String articleText, String by) {
        rule(
                state == ClaimState.NEW && next.state == ClaimState.NEW,
                "claim.error.not-editable",
                "only new cards are merged");
        rule(
                originalText == null && next.originalText == null,
                "claim.error.reworded",
                "reworded cards are not merged");
        rule(
                next.articleId == articleId && next.spanStart >= spanEnd,
                "claim.error.not-neighbours",
                "only a card and the one after it are merged");
        spanEnd = next.spanEnd;
        text = articleText.substring(spanStart, spanEnd);
        edited("merge", by, null);
        next.move("merged-into", ClaimState.NEW, ClaimState.DISMISSED, by, null);
        next.mergedInto = id;
    }

    void moveDown() {
        position++;
    }

    private void edited(String action, String actor, String comment) {
        requireText(actor, "actor");
        updatedAt = Instant.now();
        registerEvent(new ClaimEdited(id, action, state, actor, comment, updatedAt));
    }

    private void move(String action, ClaimState expected, ClaimState next, String actor, String comment) {
        requireText(actor, "actor");
        if (state != expected) {
            throw new IllegalClaimMove(action, state);
        }
        ClaimState from = state;
        state = next;
        updatedAt = Instant.now();
        registerEvent(new ClaimStateChanged(id, action, from, next, actor, comment, updatedAt));
    }

    Long id() {
        return id;
    }

    long articleId() {
        return articleId;
    }

    ClaimState state() {
        return state;
    }

    String assignee() {
        return assignee;
    }

    int position() {
        return position;
    }

    long version() {
        return version;
    }

    ClaimSummary summary() {
        List<String> reasonList = reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
        return new ClaimSummary(
                id,
                articleId,
                position,
                spanStart,
                spanEnd,
                text,
                speaker,
                speakerByContext,
                checkworthiness,
                reasonList,
                state,
                assignee,
                dismissReason,
                createdAt,
                updatedAt,
                originalText,
                mergedInto);
    }
}
