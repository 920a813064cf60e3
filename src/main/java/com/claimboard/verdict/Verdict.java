package com.claimboard.verdict;

import static com.claimboard.shared.Preconditions.requireText;
import static com.claimboard.shared.Preconditions.rule;

import com.claimboard.shared.Actor;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.search.Analysis;
import com.claimboard.shared.search.Period;
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
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A reviewer's verdict on a claim. It is edited while a draft (or sent back), proposed once it has evidence,
 * and decided by an editor who is not its author. {@link #allowedActions} says what a person may do with it now;
 * each verb checks the same rule.
 */
@Entity
@Table(name = "verdicts")
@Indexed(index = "verdicts")
class Verdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    /** The claim while this verdict is open (not approved), null after: unique, so a claim has one open verdict. */
    @Column(name = "open_claim_id", unique = true)
    private Long openClaimId;

    @Column(nullable = false, length = 100)
    private String author;

    /** The code of a rating of the desk's scale. */
    @Column(length = 30)
    @KeywordField(name = "ratingKey", aggregable = Aggregable.YES)
    private String rating;

    @Column(length = 280)
    @FullTextField(name = "summaryEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "summaryFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
    private String summary;

    @Column(length = 20_000)
    @FullTextField(name = "explanationEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "explanationFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
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
    @GenericField(name = Period.FIELD, aggregable = Aggregable.YES)
    private Instant updatedAt;

    protected Verdict() {}

    Verdict(long claimId, String author) {
        this.claimId = claimId;
        this.openClaimId = claimId;
        this.author = requireText(author, "author");
        this.updatedAt = Instant.now();
    }

    /** Everything this person may do with the verdict as it stands now. */
    Set<VerdictAction> allowedActions(Actor actor) {
        Set<VerdictAction> allowed = EnumSet.noneOf(VerdictAction.class);
        for (VerdictAction action : VerdictAction.values()) {
            if (refusal(action, actor) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Refuses, with the reason as a message, an action this person may not take now. */
    void check(VerdictAction action, Actor actor) {
        String refusal = refusal(action, actor);
        if (refusal != null) {
            throw new DomainRuleViolation(refusal, "cannot " + action + " a verdict " + state);
        }
    }

    /** Why this person may not do that now, as a message key; null when they may. */
    private String refusal(VerdictAction action, Actor actor) {
        boolean open = state == VerdictState.DRAFT || state == VerdictState.CHANGES_REQUESTED;
        return switch (action) {
            case EDIT, PROPOSE ->
                !actor.is(author) ? "verdict.error.not-author" : open ? null : "verdict.error.not-editable";
            case APPROVE, REQUEST_CHANGES ->
                !actor.isEditor()
                        ? "error.access-denied"
                        : actor.is(author)
                                ? "review.error.own-verdict"
                                : state == VerdictState.PROPOSED ? null : "review.error.not-proposed";
        };
    }

    /** Refuses to act on a verdict that changed since the person read it at {@code expectedVersion}. */
    void checkVersion(long expectedVersion, VerdictAction action) {
        if (version != expectedVersion) {
            throw new StaleVerdict(action);
        }
    }

    void edit(VerdictDraft draft, Actor by) {
        check(VerdictAction.EDIT, by);
        String cleanSummary = VerdictLimits.SUMMARY.check(strip(draft.summary()));
        String cleanExplanation = VerdictLimits.EXPLANATION.check(strip(draft.explanation()));
        this.rating = draft.rating();
        this.summary = cleanSummary;
        this.explanation = cleanExplanation;
        this.updatedAt = Instant.now();
    }

    void proposeBy(Actor by, long fetchedSources) {
        check(VerdictAction.PROPOSE, by);
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

    void approveBy(Actor editor) {
        check(VerdictAction.APPROVE, editor);
        this.state = VerdictState.APPROVED;
        this.openClaimId = null;
        this.reviewer = editor.username();
        this.decidedAt = Instant.now();
        this.updatedAt = decidedAt;
    }

    void requestChangesBy(Actor editor, String comment) {
        check(VerdictAction.REQUEST_CHANGES, editor);
        rule(comment != null && !comment.isBlank(), "review.error.comment-required", "say what should change");
        this.reviewComment = VerdictLimits.REVIEW_COMMENT.check(comment.strip());
        this.state = VerdictState.CHANGES_REQUESTED;
        this.reviewer = editor.username();
        this.decidedAt = Instant.now();
        this.updatedAt = decidedAt;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
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

    /** The code of the rating chosen so far, or null. */
    String rating() {
        return rating;
    }

    /** The verdict as this person sees it, with what they may do with it now. */
    VerdictSummary summary(Actor viewer) {
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
                updatedAt,
                viewer == null ? Set.of() : allowedActions(viewer));
    }
}
