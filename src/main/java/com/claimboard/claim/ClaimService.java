package com.claimboard.claim;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleImported;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.matching.SentenceEncoder;
import com.claimboard.claim.splitting.ClaimCandidate;
import com.claimboard.claim.splitting.ClaimSplitter;
import com.claimboard.shared.Actor;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.WebAddresses;
import com.claimboard.shared.live.Changes;
import com.claimboard.shared.search.Marked;
import com.claimboard.shared.search.Period;
import com.claimboard.shared.search.Words;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim cards' workflow and the board's queries. The actor is always the signed-in user; what they may do
 * is the card's to say ({@link ClaimCard#allowedActions}), and every summary carries it. An edit names the
 * version of the card the person saw and is refused when the card changed since.
 */
@Service
public class ClaimService {

    @PersistenceContext
    private EntityManager entityManager;

    /** The board's order when the reviewer has not chosen one: newest article first, then reading order. */
    private static final Sort BOARD_ORDER = Sort.by(Sort.Order.desc("articleId"), Sort.Order.asc("position"));

    private final ClaimRepository claims;
    private final ArticleService articles;
    private final AccountService accounts;
    private final Changes changes;
    private final ClaimSplitter splitter;

    ClaimService(
            ClaimRepository claims,
            ArticleService articles,
            AccountService accounts,
            Changes changes,
            SentenceEncoder sentenceEncoder) {
        this.claims = claims;
        this.articles = articles;
        this.accounts = accounts;
        this.changes = changes;
        this.splitter = new ClaimSplitter(sentenceEncoder);
    }

    /** Splits a freshly imported article into cards, inside the import's transaction. */
    @EventListener
    void on(ArticleImported imported) {
        int position = 0;
        List<ClaimCard> cards = new ArrayList<>();
        for (ClaimCandidate candidate : splitter.split(imported.text(), imported.lang())) {
            ClaimCard card = new ClaimCard(
                    imported.articleId(), position++, candidate.start(), candidate.end(), candidate.text());
            card.attribute(candidate.speaker(), candidate.speakerByContext());
            card.score(candidate.checkworthiness(), candidate.reasons());
            cards.add(card);
        }
        claims.saveAll(cards);
        changes.article(imported.articleId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public Page<ClaimSummary> board(ClaimFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BOARD_ORDER);
        Actor me = CurrentUser.actor();
        return claims.findAll(filter.specification(), ordered).map(card -> card.summary(me));
    }

    /** How many cards the board shows for a filter, for the grid's lazy loading. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public long count(ClaimFilter filter) {
        return claims.count(filter.specification());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary claim(long claimId) {
        return load(claimId).summary(CurrentUser.actor());
    }

    /**
     * An article's cards in reading order, each with what the caller may do with it; a card can be merged only
     * when a live card follows it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<ClaimSummary> cardsOf(long articleId) {
        Actor me = CurrentUser.actor();
        List<ClaimCard> cards = claims.findByArticleIdOrderByPosition(articleId);
        List<ClaimSummary> summaries = new ArrayList<>(cards.size());
        boolean liveCardFollows = false;
        for (int i = cards.size() - 1; i >= 0; i--) {
            ClaimCard card = cards.get(i);
            Set<ClaimAction> actions = card.allowedActions(me);
            if (!liveCardFollows) {
                actions = actions.isEmpty() ? actions : EnumSet.copyOf(actions);
                actions.remove(ClaimAction.MERGE);
            }
            summaries.addFirst(card.summary(actions));
            liveCardFollows |= card.state() != ClaimState.DISMISSED;
        }
        return summaries;
    }

    /** Whether the caller may take this action on the card now: the same answer the card's summary gives. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public boolean allows(long claimId, ClaimAction action) {
        return load(claimId).allowedActions(CurrentUser.actor()).contains(action);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary take(long claimId, long expectedVersion) {
        return edit(claimId, expectedVersion, ClaimAction.TAKE, (card, me) -> card.assignTo(me));
    }

    /**
     * An editor gives the claim to {@code reviewer} (an active reviewer or editor), or to another one, due by
     * {@code dueOn} when given (never in the past); a new card goes into research.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public ClaimSummary assign(long claimId, long expectedVersion, String reviewer, LocalDate dueOn) {
        if (!accounts.isAssignable(reviewer)) {
            throw new DomainRuleViolation("claim.error.assignee", "not an active reviewer: " + reviewer);
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now().minusDays(1))) {
            throw new DomainRuleViolation("claim.error.due-past", "due date in the past: " + dueOn);
        }
        return edit(claimId, expectedVersion, ClaimAction.ASSIGN, (card, me) -> card.assign(reviewer, dueOn, me));
    }

    /** The assignee (or an editor) gives the claim back for someone else to take. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary release(long claimId, long expectedVersion) {
        return edit(claimId, expectedVersion, ClaimAction.RELEASE, (card, me) -> card.release(me));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary dismiss(long claimId, long expectedVersion, String reason) {
        return edit(claimId, expectedVersion, ClaimAction.DISMISS, (card, me) -> card.dismiss(reason, me));
    }

    /**
     * Closes a card as already checked, {@code reason} naming the earlier fact-check and its verdict; only the
     * matching module calls it, once a reviewer confirmed the link (it checks that).
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary closeAsChecked(long claimId, long expectedVersion, String reason) {
        return edit(
                claimId, expectedVersion, ClaimAction.CLOSE_AS_CHECKED, (card, me) -> card.closeAsChecked(reason, me));
    }

    /**
     * The cards the desk has checked or is checking (in research, in review or published; not new, set aside or
     * withdrawn), with their words, for the matcher to compare new cards with.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<CheckableClaim> checkable() {
        return claims.findByStateIn(CheckableClaim.STATES).stream()
                .map(card -> new CheckableClaim(card.id(), card.articleId(), card.text(), card.state()))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary restore(long claimId, long expectedVersion) {
        return edit(claimId, expectedVersion, ClaimAction.RESTORE, (card, me) -> card.restore(me));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary reword(long claimId, long expectedVersion, String newText) {
        return edit(claimId, expectedVersion, ClaimAction.REWORD, (card, me) -> {
            card.reword(newText, me);
            assessAgain(articles.text(card.articleId()), card);
        });
    }

    /**
     * Cards whose words changed, all of one article, are scored and attributed again where they stand in it, in
     * its language (looked up once): both halves of a split, the merged card, the reworded one.
     */
    private void assessAgain(String articleText, ClaimCard... cards) {
        String lang = articles.summary(cards[0].articleId()).lang();
        for (ClaimCard card : cards) {
            ClaimCandidate again = splitter.assess(articleText, card.spanStart(), card.text(), lang);
            card.attribute(again.speaker(), again.speakerByContext());
            card.score(again.checkworthiness(), again.reasons());
        }
    }

    /** Cuts a card after {@code length} characters of its text; returns the new second card. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary split(long claimId, long expectedVersion, int length) {
        Actor me = CurrentUser.actor();
        ClaimCard card = loadFor(claimId, expectedVersion, ClaimAction.SPLIT, me);
        ClaimCard second = card.splitAfter(length, me);
        String articleText = articles.text(card.articleId());
        assessAgain(articleText, card, second);
        for (ClaimCard later :
                claims.findByArticleIdAndPositionGreaterThanOrderByPositionDesc(card.articleId(), card.position())) {
            later.moveDown();
            claims.saveAndFlush(later);
        }
        flush(card, ClaimAction.SPLIT);
        changes.article(card.articleId());
        return claims.save(second).summary(me);
    }

    /** Merges a card with the next live card of its article. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary mergeWithNext(long claimId, long expectedVersion) {
        Actor me = CurrentUser.actor();
        ClaimCard card = loadFor(claimId, expectedVersion, ClaimAction.MERGE, me);
        ClaimCard next = claims.findByArticleIdOrderByPosition(card.articleId()).stream()
                .filter(other -> other.position() > card.position() && other.state() != ClaimState.DISMISSED)
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation("claim.error.not-neighbours", "no card after this one"));
        String articleText = articles.text(card.articleId());
        card.absorb(next, articleText, me);
        assessAgain(articleText, card);
        flush(next, ClaimAction.MERGE);
        changes.article(card.articleId());
        return flush(card, ClaimAction.MERGE).summary(me);
    }

    /** Moves the claim to review when its verdict is proposed (a correction, when it was published). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary submitForReview(long claimId) {
        return follow(claimId, ClaimAction.PROPOSE, (card, me) -> card.submitForReview(me));
    }

    /** Back to research when the assignee works again on a verdict sent back to them. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary resumeResearch(long claimId) {
        return follow(claimId, ClaimAction.RESUME, (card, me) -> card.resumeResearch(me));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public ClaimSummary requestChanges(long claimId, String comment) {
        return follow(claimId, ClaimAction.REQUEST_CHANGES, (card, me) -> card.requestChanges(me, comment));
    }

    /**
     * Who made the claim, when and where it appeared, as the reviewer confirms or corrects it. The appearance, when
     * given, must be a web address ({@code http(s)://}); nothing is saved otherwise.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary describe(long claimId, long expectedVersion, ClaimOrigin origin) {
        String url = WebAddresses.optional(
                ClaimLimits.APPEARANCE_URL.check(origin.appearanceUrl()), ClaimLimits.APPEARANCE_URL.labelKey());
        ClaimOrigin checked = new ClaimOrigin(origin.claimant(), origin.kind(), origin.madeOn(), url);
        return edit(claimId, expectedVersion, ClaimAction.DESCRIBE, (card, me) -> card.describe(checked, me));
    }

    /** The claim's history records that a source was removed (the source module checked the person may). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public void noteSourceRemoved(long claimId, String label) {
        Actor me = CurrentUser.actor();
        ClaimCard card = load(claimId);
        card.sourceRemoved(label, me);
        flush(card, ClaimAction.RESEARCH);
    }

    /** Opens a published fact-check for correction; {@code note} says what is to be corrected, and is published. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public ClaimSummary reopenForCorrection(long claimId, long expectedVersion, String note) {
        return edit(claimId, expectedVersion, ClaimAction.REOPEN, (card, me) -> card.reopen(me, note));
    }

    /** Withdraws a published fact-check; the public page keeps its address and shows {@code notice} instead. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public ClaimSummary withdraw(long claimId, long expectedVersion, String notice) {
        return edit(claimId, expectedVersion, ClaimAction.WITHDRAW, (card, me) -> card.withdraw(me, notice));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public ClaimSummary publish(long claimId) {
        return follow(claimId, ClaimAction.PUBLISH, (card, me) -> card.publish(me));
    }

    /** A person's edit of the card they saw at {@code expectedVersion}. */
    private ClaimSummary edit(
            long claimId, long expectedVersion, ClaimAction action, BiConsumer<ClaimCard, Actor> change) {
        Actor me = CurrentUser.actor();
        ClaimCard card = loadFor(claimId, expectedVersion, action, me);
        change.accept(card, me);
        return flush(card, action).summary(me);
    }

    /** A move that follows a verdict's (whose version was checked by the verdict module). */
    private ClaimSummary follow(long claimId, ClaimAction action, BiConsumer<ClaimCard, Actor> change) {
        Actor me = CurrentUser.actor();
        ClaimCard card = load(claimId);
        change.accept(card, me);
        return flush(card, action).summary(me);
    }

    /**
     * Loads a card for an action: first whether this person may take it at all (the precise reason, such as
     * "someone else took it"), then whether the card is still the one they saw.
     */
    private ClaimCard loadFor(long claimId, long expectedVersion, ClaimAction action, Actor me) {
        ClaimCard card = load(claimId);
        card.check(action, me);
        card.checkVersion(expectedVersion, action);
        return card;
    }

    /** Writes now, so that a concurrent change committed in between is refused here with the right message. */
    private ClaimCard flush(ClaimCard card, ClaimAction action) {
        try {
            ClaimCard saved = claims.saveAndFlush(card);
            changes.claim(saved.id());
            return saved;
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new StaleClaim(action);
        }
    }

    private ClaimCard load(long claimId) {
        return claims.findById(claimId).orElseThrow(() -> new NotFound("claim", claimId));
    }

    /** The claim cards with every word of {@code query} in their text, in French or English, best first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<ClaimHit> search(String query, int limit) {
        return search(query, null, null, null, limit).hits();
    }

    /**
     * The cards whose words match, narrowed to a state and an assignee when given, with the count of matching
     * cards per state and per assignee (over all that match the words), for the search page's facets.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSearch search(String query, ClaimState state, String assignee, Period period, int limit) {
        var session = Search.session(entityManager);
        SearchPredicate words = Words.all(session.scope(ClaimCard.class).predicate(), query, "textEn", "textFr");
        Instant now = Instant.now();
        var byState = AggregationKey.<Map<ClaimState, Long>>of("byState");
        var byAssignee = AggregationKey.<Map<String, Long>>of("byAssignee");
        // The facets count every card the words match in the period chosen; the hits are narrowed to what was chosen.
        var facets = session.search(ClaimCard.class)
                .where(f -> f.bool(b -> {
                    b.must(words);
                    if (period != null) {
                        b.filter(period.within(f, now));
                    }
                }))
                .aggregation(
                        byState,
                        f -> f.terms().field("stateKey", ClaimState.class).maxTermCount(20))
                .aggregation(
                        byAssignee,
                        f -> f.terms().field("assigneeKey", String.class).maxTermCount(30))
                .fetch(0);
        var result = session.search(ClaimCard.class)
                .select(f -> f.composite()
                        .from(f.entity(), f.highlight("textEn"), f.highlight("textFr"))
                        .asList())
                .where(f -> f.bool(b -> {
                    b.must(words);
                    if (state != null) {
                        b.filter(f.match().field("stateKey").matching(state));
                    }
                    if (assignee != null) {
                        b.filter(f.match().field("assigneeKey").matching(assignee));
                    }
                    if (period != null) {
                        b.filter(period.within(f, now));
                    }
                }))
                .highlighter(h -> Marked.highlighter(h, 20_000))
                .fetch(limit);
        List<ClaimHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            ClaimCard card = (ClaimCard) row.get(0);
            hits.add(new ClaimHit(
                    card.id(),
                    Marked.orPlain(
                            Marked.firstMarked((List<?>) row.get(1), (List<?>) row.get(2)),
                            card.summary(Set.of()).text()),
                    card.state(),
                    card.assignee()));
        }
        Map<ClaimState, Long> states = new EnumMap<>(ClaimState.class);
        states.putAll(facets.aggregation(byState));
        return new ClaimSearch(
                hits,
                result.total().hitCount(),
                states,
                new TreeMap<>(facets.aggregation(byAssignee)),
                Period.count(session, ClaimCard.class, words, now));
    }
}
