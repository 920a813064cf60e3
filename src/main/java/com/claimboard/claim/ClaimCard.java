package com.claimboard.claim;

import static com.claimboard.shared.Preconditions.require;
import static com.claimboard.shared.Preconditions.requireText;
import static com.claimboard.shared.Preconditions.rule;

import com.claimboard.claim.splitting.CheckworthinessReason;
import com.claimboard.shared.Actor;
import com.claimboard.shared.search.Analysis;
import com.claimboard.shared.search.Period;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One claim taken from an article, with its exact span in the article text. Its workflow is a state machine:
 * {@link #allowedActions} says what a person may do with the card now, and every verb here checks the same rule
 * before it acts, refusing with a message that says why, and records a {@link ClaimStateChanged} or a
 * {@link ClaimEdited}.
 */
@Entity
@Table(name = "claim_cards")
@Indexed(index = "claim_cards")
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
    @FullTextField(name = "textEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "textFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
    private String text;

    @Column(name = "original_text", length = 20_000)
    private String originalText;

    @Column(length = 300)
    private String speaker;

    @Column(name = "speaker_by_context", nullable = false)
    private boolean speakerByContext;

    @Column(nullable = false)
    private double checkworthiness;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_card_reasons", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "reason", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<CheckworthinessReason> reasons = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @KeywordField(name = "stateKey", aggregable = Aggregable.YES)
    private ClaimState state = ClaimState.NEW;

    @Column(length = 100)
    @KeywordField(name = "assigneeKey", aggregable = Aggregable.YES)
    private String assignee;

    /** When the desk wants the claim checked by; null when nobody said. */
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "dismiss_reason", length = 1000)
    private String dismissReason;

    /** The card this one was merged into: its words are that card's now. */
    @Column(name = "merged_into")
    private Long mergedInto;

    /** Confirmed by a person; null until then (the splitter's {@link #speaker} is only a suggestion). */
    @Column(length = 300)
    private String claimant;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimant_kind", length = 20)
    private ClaimantKind claimantKind;

    @Column(name = "claim_made_on")
    private LocalDate claimMadeOn;

    @Column(name = "appearance_url", length = 2000)
    private String appearanceUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(name = Period.FIELD, aggregable = Aggregable.YES)
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

    void score(double checkworthiness, Collection<CheckworthinessReason> reasons) {
        require(checkworthiness >= 0 && checkworthiness <= 1, "check-worthiness is between 0 and 1");
        this.checkworthiness = checkworthiness;
        this.reasons.clear();
        this.reasons.addAll(reasons);
    }

    /** Everything this person may do with the card as it stands now. */
    Set<ClaimAction> allowedActions(Actor actor) {
        Set<ClaimAction> allowed = EnumSet.noneOf(ClaimAction.class);
        for (ClaimAction action : ClaimAction.CHOSEN) {
            if (refusal(action, actor) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Refuses, with the reason as a message, an action this person may not take now. */
    void check(ClaimAction action, Actor actor) {
        String refusal = refusal(action, actor);
        if (refusal != null) {
            throw new IllegalClaimMove(refusal, action, state);
        }
    }

    /** Refuses to act on a card that changed since the person read it at {@code expectedVersion}. */
    void checkVersion(long expectedVersion, ClaimAction action) {
        if (version != expectedVersion) {
            throw new StaleClaim(action);
        }
    }

    /** Why this person may not take that action now, as a message key; null when they may. */
    private String refusal(ClaimAction action, Actor actor) {
        boolean editorAction = action == ClaimAction.REQUEST_CHANGES
                || action == ClaimAction.PUBLISH
                || action == ClaimAction.WITHDRAW
                || action == ClaimAction.REOPEN
                || action == ClaimAction.ASSIGN;
        if (!actor.isReviewer() || (editorAction && !actor.isEditor())) {
            return "error.access-denied";
        }
        boolean researching = state == ClaimState.IN_RESEARCH || state == ClaimState.CHANGES_REQUESTED;
        return switch (action) {
            case TAKE ->
                assignee != null ? "claim.refused.taken" : state == ClaimState.NEW || researching ? null : MOVED;
            case ASSIGN -> state == ClaimState.NEW || researching ? null : MOVED;
            case RELEASE ->
                !researching || assignee == null ? MOVED : actor.is(assignee) || actor.isEditor() ? null : NOT_ASSIGNEE;
            case DISMISS -> state == ClaimState.NEW ? null : MOVED;
            case CLOSE_AS_CHECKED ->
                state == ClaimState.NEW
                        ? null
                        : !researching ? MOVED : actor.is(assignee) || actor.isEditor() ? null : NOT_ASSIGNEE;
            case RESTORE -> state != ClaimState.DISMISSED ? MOVED : mergedInto != null ? "claim.refused.covered" : null;
            case REWORD, DESCRIBE ->
                state == ClaimState.NEW
                        ? null
                        : !researching
                                ? "claim.refused.not-editable"
                                : actor.is(assignee) || actor.isEditor() ? null : NOT_ASSIGNEE;
            case SPLIT, MERGE ->
                state != ClaimState.NEW
                        ? "claim.refused.not-editable"
                        : originalText != null ? "claim.refused.reworded" : null;
            case RESEARCH, PROPOSE -> !researching ? MOVED : actor.is(assignee) ? null : NOT_ASSIGNEE;
            case RESUME -> state != ClaimState.CHANGES_REQUESTED ? MOVED : actor.is(assignee) ? null : NOT_ASSIGNEE;
            case PROPOSE_CORRECTION, WITHDRAW, REOPEN -> state == ClaimState.PUBLISHED ? null : MOVED;
            case REQUEST_CHANGES, PUBLISH -> state == ClaimState.IN_REVIEW ? null : MOVED;
            case MERGED_INTO, REMOVE_SOURCE -> "claim.refused.not-editable";
        };
    }

    private static final String MOVED = "claim.refused.moved";
    private static final String NOT_ASSIGNEE = "claim.refused.not-assignee";

    /** A reviewer takes the card to research it: a new card, or one given back by whoever had it. */
    void assignTo(Actor reviewer) {
        check(ClaimAction.TAKE, reviewer);
        this.assignee = reviewer.username();
        if (state == ClaimState.NEW) {
            move(ClaimAction.TAKE, ClaimState.IN_RESEARCH, reviewer, null);
        } else {
            edited(ClaimAction.TAKE, reviewer, null);
        }
    }

    /**
     * An editor gives the card to {@code reviewer} (who the service checked is an active reviewer), or to another
     * one, due by {@code dueOn} when given; a new card goes into research.
     */
    void assign(String reviewer, LocalDate dueOn, Actor editor) {
        check(ClaimAction.ASSIGN, editor);
        requireText(reviewer, "reviewer");
        this.assignee = reviewer;
        this.dueOn = dueOn;
        String note = dueOn == null ? reviewer : reviewer + " · " + dueOn;
        if (state == ClaimState.NEW) {
            move(ClaimAction.ASSIGN, ClaimState.IN_RESEARCH, editor, note);
        } else {
            edited(ClaimAction.ASSIGN, editor, note);
        }
        registerEvent(new ClaimAssigned(id, reviewer, dueOn, editor.username()));
    }

    /** The assignee or an editor gives the card back: it keeps its state, sources and draft for the next taker. */
    void release(Actor by) {
        check(ClaimAction.RELEASE, by);
        String previous = assignee;
        this.assignee = null;
        edited(ClaimAction.RELEASE, by, previous);
    }

    void dismiss(String reason, Actor by) {
        check(ClaimAction.DISMISS, by);
        rule(reason != null && !reason.isBlank(), "claim.error.dismiss-reason", "a dismissal needs a reason");
        String cleaned = ClaimLimits.DISMISS_REASON.check(reason.strip());
        move(ClaimAction.DISMISS, ClaimState.DISMISSED, by, cleaned);
        this.dismissReason = cleaned;
    }

    /** Sets the card aside as already checked; {@code reason} names the earlier fact-check and its verdict. */
    void closeAsChecked(String reason, Actor by) {
        check(ClaimAction.CLOSE_AS_CHECKED, by);
        String cleaned = ClaimLimits.DISMISS_REASON.check(reason.strip());
        move(ClaimAction.CLOSE_AS_CHECKED, ClaimState.DISMISSED, by, cleaned);
        this.dismissReason = cleaned;
    }

    void restore(Actor by) {
        check(ClaimAction.RESTORE, by);
        move(ClaimAction.RESTORE, ClaimState.NEW, by, null);
        this.dismissReason = null;
    }

    /** The assignee proposed a verdict, or anyone proposed a correction to a published one. */
    void submitForReview(Actor by) {
        ClaimAction action = state == ClaimState.PUBLISHED ? ClaimAction.PROPOSE_CORRECTION : ClaimAction.PROPOSE;
        check(action, by);
        move(action, ClaimState.IN_REVIEW, by, null);
    }

    void requestChanges(Actor editor, String comment) {
        check(ClaimAction.REQUEST_CHANGES, editor);
        rule(comment != null && !comment.isBlank(), "review.error.comment-required", "changes need a comment");
        move(
                ClaimAction.REQUEST_CHANGES,
                ClaimState.CHANGES_REQUESTED,
                editor,
                ClaimLimits.COMMENT.check(comment.strip()));
    }

    void resumeResearch(Actor by) {
        check(ClaimAction.RESUME, by);
        move(ClaimAction.RESUME, ClaimState.IN_RESEARCH, by, null);
    }

    void publish(Actor editor) {
        check(ClaimAction.PUBLISH, editor);
        move(ClaimAction.PUBLISH, ClaimState.PUBLISHED, editor, null);
    }

    /** Records in the history that a source was removed from the claim (who may remove one is the source's rule). */
    void sourceRemoved(String label, Actor by) {
        edited(ClaimAction.REMOVE_SOURCE, by, label);
    }

    /**
     * An editor opens the published fact-check for correction: the claim goes back to research with the
     * editor's note, to its last assignee; the public page keeps the published verdict until a corrected one is
     * approved.
     */
    void reopen(Actor editor, String note) {
        check(ClaimAction.REOPEN, editor);
        rule(note != null && !note.isBlank(), "claim.error.correction-note", "a correction needs a note");
        move(ClaimAction.REOPEN, ClaimState.IN_RESEARCH, editor, ClaimLimits.COMMENT.check(note.strip()));
    }

    void withdraw(Actor editor, String notice) {
        check(ClaimAction.WITHDRAW, editor);
        rule(notice != null && !notice.isBlank(), "claim.error.withdraw-notice", "a withdrawal needs a notice");
        move(ClaimAction.WITHDRAW, ClaimState.WITHDRAWN, editor, ClaimLimits.COMMENT.check(notice.strip()));
    }

    /** New wording for the claim; the article's own words and the span stay, to be shown beside it. */
    void reword(String newText, Actor by) {
        check(ClaimAction.REWORD, by);
        rule(newText != null && !newText.isBlank(), "claim.error.text-required", "a claim needs words");
        String cleaned = ClaimLimits.TEXT.check(newText.strip());
        if (originalText == null) {
            originalText = text;
        }
        String previous = text;
        text = cleaned;
        edited(ClaimAction.REWORD, by, previous);
    }

    /**
     * Cuts this card in two after {@code length} characters of its text and returns the second part, a new
     * card at the next position. Only a new card in the article's own words is cut, so both spans stay exact.
     */
    ClaimCard splitAfter(int length, Actor by) {
        check(ClaimAction.SPLIT, by);
        rule(length > 0 && length < text.length(), "claim.error.split-point", "split point outside the text");
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
        second.score(checkworthiness, reasons);
        second.attribute(speaker, speakerByContext);
        spanEnd = spanStart + head;
        text = text.substring(0, head);
        edited(ClaimAction.SPLIT, by, null);
        return second;
    }

    /** Takes in the next card of the article: the span runs on to its end, the text is the article's. */
    void absorb(ClaimCard next, String articleText, Actor by) {
        check(ClaimAction.MERGE, by);
        rule(next.state == ClaimState.NEW, "claim.refused.not-editable", "only new cards are merged");
        rule(next.originalText == null, "claim.refused.reworded", "reworded cards are not merged");
        rule(
                next.articleId == articleId && next.spanStart >= spanEnd,
                "claim.error.not-neighbours",
                "only a card and the one after it are merged");
        String merged = ClaimLimits.TEXT.check(articleText.substring(spanStart, next.spanEnd));
        spanEnd = next.spanEnd;
        text = merged;
        edited(ClaimAction.MERGE, by, null);
        next.move(ClaimAction.MERGED_INTO, ClaimState.DISMISSED, by, null);
        next.mergedInto = id;
    }

    void moveDown() {
        position++;
    }

    private void edited(ClaimAction action, Actor actor, String comment) {
        updatedAt = Instant.now();
        registerEvent(new ClaimEdited(id, action, state, actor.username(), comment, updatedAt));
    }

    private void move(ClaimAction action, ClaimState next, Actor actor, String comment) {
        ClaimState from = state;
        state = next;
        updatedAt = Instant.now();
        registerEvent(new ClaimStateChanged(id, action, from, next, actor.username(), comment, updatedAt));
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

    String text() {
        return text;
    }

    /** Where the card's span starts in its article's text. */
    int spanStart() {
        return spanStart;
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

    Long mergedInto() {
        return mergedInto;
    }

    /** The card as this person sees it, with what they may do with it now. */
    ClaimSummary summary(Actor viewer) {
        return summary(allowedActions(viewer));
    }

    ClaimSummary summary(Set<ClaimAction> actions) {
        Set<CheckworthinessReason> reasonSet =
                reasons.isEmpty() ? EnumSet.noneOf(CheckworthinessReason.class) : EnumSet.copyOf(reasons);
        return new ClaimSummary(
                id,
                version,
                articleId,
                position,
                spanStart,
                spanEnd,
                text,
                speaker,
                speakerByContext,
                checkworthiness,
                List.copyOf(reasonSet),
                state,
                assignee,
                dismissReason,
                createdAt,
                updatedAt,
                originalText,
                mergedInto,
                actions,
                new ClaimOrigin(claimant, claimantKind, claimMadeOn, appearanceUrl),
                dueOn);
    }

    /**
     * A reviewer says who made the claim, when and where it appeared (each may be left unknown); what they give
     * replaces the splitter's suggestion on the public page.
     */
    void describe(ClaimOrigin origin, Actor by) {
        check(ClaimAction.DESCRIBE, by);
        String name = ClaimLimits.CLAIMANT.check(
                origin.claimant() == null ? null : origin.claimant().strip());
        rule(name == null || name.isEmpty() || origin.kind() != null, "claim.error.claimant-kind", "person or body?");
        rule(
                origin.madeOn() == null
                        || !origin.madeOn().isAfter(LocalDate.now().plusDays(1)),
                "claim.error.made-in-future",
                "a claim made in the future");
        this.claimant = name == null || name.isEmpty() ? null : name;
        this.claimantKind = this.claimant == null ? null : origin.kind();
        this.claimMadeOn = origin.madeOn();
        this.appearanceUrl = origin.appearanceUrl();
        edited(ClaimAction.DESCRIBE, by, describe(this.claimant, this.claimMadeOn, this.appearanceUrl));
    }

    private static String describe(String claimant, LocalDate madeOn, String url) {
        StringBuilder text = new StringBuilder(claimant == null ? "?" : claimant);
        if (madeOn != null) {
            text.append(" · ").append(madeOn);
        }
        if (url != null) {
            text.append(" · ").append(url);
        }
        return text.toString();
    }
}
