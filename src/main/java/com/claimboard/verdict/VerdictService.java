package com.claimboard.verdict;

import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.shared.Actor;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.live.Changes;
import com.claimboard.shared.search.Marked;
import com.claimboard.shared.search.Period;
import com.claimboard.shared.search.Words;
import com.claimboard.source.SourceService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting and proposing verdicts (reviewers) and deciding on them (editors). Every action names the version of
 * the verdict the person saw and is refused when it changed since; what each person may do is the verdict's to
 * say ({@link Verdict#allowedActions}), carried on every summary.
 */
@Service
public class VerdictService {

    @PersistenceContext
    private EntityManager entityManager;

    private final VerdictRepository verdicts;
    private final ClaimService claims;
    private final SourceService sources;
    private final ApplicationEventPublisher events;
    private final RatingScale scale;
    private final Changes changes;

    VerdictService(
            VerdictRepository verdicts,
            ClaimService claims,
            SourceService sources,
            ApplicationEventPublisher events,
            RatingScale scale,
            Changes changes) {
        this.changes = changes;
        this.verdicts = verdicts;
        this.claims = claims;
        this.sources = sources;
        this.events = events;
        this.scale = scale;
    }

    /** The verdict being worked on for a claim (not yet approved), if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public Optional<VerdictSummary> openVerdict(long claimId) {
        Actor me = CurrentUser.actor();
        return verdicts.findByOpenClaimId(claimId).map(v -> v.summary(me));
    }

    /** The verdict to show for a claim: the one being worked on, or else the last approved one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public Optional<VerdictSummary> latest(long claimId) {
        Actor me = CurrentUser.actor();
        return verdicts.findFirstByClaimIdOrderByIdDesc(claimId).map(v -> v.summary(me));
    }

    /**
     * The verdicts whose summary or explanation has every word of {@code query} (French or English analysis),
     * narrowed to a rating when given, with the count per rating over all that match, for the workspace search.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public VerdictSearch search(String query, String rating, Period period, int limit) {
        var session = Search.session(entityManager);
        var byRating = AggregationKey.<Map<String, Long>>of("byRating");
        SearchPredicate words = Words.all(
                session.scope(Verdict.class).predicate(),
                query,
                "summaryEn",
                "summaryFr",
                "explanationEn",
                "explanationFr");
        Instant now = Instant.now();
        var facets = session.search(Verdict.class)
                .where(f -> f.bool(b -> {
                    b.must(words);
                    if (period != null) {
                        b.filter(period.within(f, now));
                    }
                }))
                .aggregation(
                        byRating,
                        f -> f.terms().field("ratingKey", String.class).maxTermCount(30))
                .fetch(0);
        var result = session.search(Verdict.class)
                .select(f -> f.composite()
                        .from(
                                f.entity(),
                                f.highlight("summaryEn"),
                                f.highlight("summaryFr"),
                                f.highlight("explanationEn"),
                                f.highlight("explanationFr"))
                        .asList())
                .where(f -> f.bool(b -> {
                    b.must(words);
                    if (rating != null) {
                        b.filter(f.match().field("ratingKey").matching(rating));
                    }
                    if (period != null) {
                        b.filter(period.within(f, now));
                    }
                }))
                .highlighter(h -> Marked.highlighter(h, 200))
                .fetch(limit);
        List<VerdictHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            Verdict verdict = (Verdict) row.get(0);
            VerdictSummary summary = verdict.summary(null);
            String marked = Marked.firstMarked(
                    (List<?>) row.get(1), (List<?>) row.get(2), (List<?>) row.get(3), (List<?>) row.get(4));
            hits.add(new VerdictHit(
                    summary.id(),
                    summary.claimId(),
                    summary.rating(),
                    summary.state(),
                    Marked.orPlain(marked, summary.summary() == null ? "" : summary.summary())));
        }
        return new VerdictSearch(
                hits,
                result.total().hitCount(),
                new TreeMap<>(facets.aggregation(byRating)),
                Period.count(session, Verdict.class, words, now));
    }

    /** An approved verdict, for the publishing module (which runs in the approving editor's call). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public VerdictSummary approved(long verdictId) {
        Actor me = CurrentUser.actor();
        return verdicts.findById(verdictId)
                .filter(v -> v.state() == VerdictState.APPROVED)
                .map(v -> v.summary(me))
                .orElseThrow(() -> new NotFound("approved verdict", verdictId));
    }

    /**
     * Saves the caller's draft. {@code expectedVersion} is the version the form was filled from (null for a
     * new verdict); a different stored version means someone saved in between, and the save is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public VerdictSummary saveDraft(long claimId, VerdictDraft draft, Long expectedVersion) {
        Actor me = CurrentUser.actor();
        if (draft.rating() != null) {
            scale.requireChoosable(draft.rating());
        }
        Optional<Verdict> open = verdicts.findByOpenClaimId(claimId);
        Verdict verdict;
        if (open.isPresent()) {
            verdict = open.get();
            verdict.check(VerdictAction.EDIT, me);
            if (expectedVersion == null) {
                throw StaleVerdict.concurrentDraft();
            }
            verdict.checkVersion(expectedVersion, VerdictAction.EDIT);
        } else {
            if (!claims.allows(claimId, ClaimAction.RESEARCH)) {
                throw new DomainRuleViolation(
                        "source.error.not-researching", "take the claim before drafting a verdict");
            }
            verdict = new Verdict(claimId, me.username());
        }
        verdict.edit(draft, me);
        if (verdict.state() == VerdictState.CHANGES_REQUESTED
                && claims.claim(claimId).state() == ClaimState.CHANGES_REQUESTED) {
            claims.resumeResearch(claimId);
        }
        try {
            VerdictSummary saved = verdicts.saveAndFlush(verdict).summary(me);
            changes.claim(claimId);
            return saved;
        } catch (DataIntegrityViolationException secondFirstDraft) {
            throw StaleVerdict.concurrentDraft();
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new StaleVerdict(VerdictAction.EDIT);
        }
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public VerdictSummary propose(long verdictId, long expectedVersion) {
        Actor me = CurrentUser.actor();
        Verdict verdict = load(verdictId, expectedVersion, VerdictAction.PROPOSE, me);
        if (verdict.rating() != null) {
            scale.requireChoosable(verdict.rating());
        }
        verdict.proposeBy(me, sources.fetchedCount(verdict.claimId()));
        if (claims.claim(verdict.claimId()).state() == ClaimState.CHANGES_REQUESTED) {
            claims.resumeResearch(verdict.claimId());
        }
        claims.submitForReview(verdict.claimId());
        return save(verdict, VerdictAction.PROPOSE).summary(me);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public VerdictSummary approve(long verdictId, long expectedVersion) {
        Actor editor = CurrentUser.actor();
        Verdict verdict = load(verdictId, expectedVersion, VerdictAction.APPROVE, editor);
        verdict.approveBy(editor);
        claims.publish(verdict.claimId());
        Verdict saved = save(verdict, VerdictAction.APPROVE);
        events.publishEvent(
                new VerdictApproved(saved.id(), saved.claimId(), saved.author(), editor.username(), Instant.now()));
        return saved.summary(editor);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public VerdictSummary requestChanges(long verdictId, long expectedVersion, String comment) {
        Actor editor = CurrentUser.actor();
        Verdict verdict = load(verdictId, expectedVersion, VerdictAction.REQUEST_CHANGES, editor);
        verdict.requestChangesBy(editor, comment);
        claims.requestChanges(verdict.claimId(), comment);
        Verdict saved = save(verdict, VerdictAction.REQUEST_CHANGES);
        events.publishEvent(
                new VerdictSentBack(saved.id(), saved.claimId(), saved.author(), editor.username(), comment));
        return saved.summary(editor);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public List<ReviewItem> reviewQueue() {
        Actor me = CurrentUser.actor();
        return verdicts.findByStateOrderByProposedAt(VerdictState.PROPOSED).stream()
                .map(v -> new ReviewItem(v.summary(me), claims.claim(v.claimId())))
                .toList();
    }

    /**
     * Loads a verdict for an action: first whether this person may take it at all (the precise reason, such as
     * "already decided"), then whether the verdict is still the one they saw.
     */
    private Verdict load(long verdictId, long expectedVersion, VerdictAction action, Actor actor) {
        Verdict verdict = verdicts.findById(verdictId).orElseThrow(() -> new NotFound("verdict", verdictId));
        verdict.check(action, actor);
        verdict.checkVersion(expectedVersion, action);
        return verdict;
    }

    private Verdict save(Verdict verdict, VerdictAction action) {
        try {
            return verdicts.saveAndFlush(verdict);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new StaleVerdict(action);
        }
    }
}
