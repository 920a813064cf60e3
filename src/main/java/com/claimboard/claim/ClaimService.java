package com.claimboard.claim;

import com.claimboard.article.ArticleImported;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.splitting.ClaimCandidate;
import com.claimboard.claim.splitting.ClaimSplitter;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The claim cards' workflow and the board's queries. The actor is always the signed-in user. */
@Service
public class ClaimService {

    /** The board's order when the reviewer has not chosen one: newest article first, then reading order. */
    private static final Sort BOARD_ORDER = Sort.by(Sort.Order.desc("articleId"), Sort.Order.asc("position"));

    private final ClaimRepository claims;
    private final ArticleService articles;
    private final ClaimSplitter splitter = new ClaimSplitter();

    ClaimService(ClaimRepository claims, ArticleService articles) {
        this.claims = claims;
        this.articles = articles;
    }

    /** Splits a freshly imported article into cards, inside the import's transaction. */
    @EventListener
    void on(ArticleImported imported) {
        int position = 0;
        for (ClaimCandidate candidate : splitter.split(imported.text(), imported.lang())) {
            ClaimCard card = new ClaimCard(
                    imported.articleId(), position++, candidate.start(), candidate.end(), candidate.text());
            card.attribute(candidate.speaker(), candidate.speakerByContext());
            card.score(candidate.checkworthiness(), candidate.reasons());
            claims.save(card);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public Page<ClaimSummary> board(ClaimFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BOARD_ORDER);
        return claims.findForBoard(
                        filter.articleId(),
                        filter.state(),
                        filter.assignee(),
                        filter.unassignedOnly(),
                        filter.reason(),
                        ordered)
                .map(ClaimCard::summary);
    }

    /** How many cards the board shows for a filter, for the grid's lazy loading. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public long count(ClaimFilter filter) {
        return claims.countForBoard(
                filter.articleId(), filter.state(), filter.assignee(), filter.unassignedOnly(), filter.reason());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary claim(long claimId) {
        return load(claimId).summary();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<ClaimSummary> cardsOf(long articleId) {
        return claims.findByArticleIdOrderByPosition(articleId).stream()
                .map(ClaimCard::summary)
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary take(long claimId) {
        return change(claimId, card -> card.assignTo(CurrentUser.username()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary dismiss(long claimId, String reason) {
        return change(claimId, card -> card.dismiss(reason, CurrentUser.username()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary restore(long claimId) {
        return change(claimId, card -> card.restore(CurrentUser.username()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary reword(long claimId, String newText) {
        return change(claimId, card -> card.reword(newText, CurrentUser.username()));
    }

    /** Cuts a card after {@code length} characters of its text; returns the new second card. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary split(long claimId, int length) {
        ClaimCard card = load(claimId);
        if (length <= 0 || length >= card.summary().text().length()) {
            throw new com.claimboard.shared.DomainRuleViolation(
                    "claim.error.split-point", "split point outside the text");
        }
        for (ClaimCard later :
                claims.findByArticleIdAndPositionGreaterThanOrderByPositionDesc(card.articleId(), card.position())) {
            later.moveDown();
            claims.saveAndFlush(later);
        }
        ClaimCard second = card.splitAfter(length, CurrentUser.username());
        claims.save(card);
        return claims.save(second).summary();
    }

    /** Merges a card with the next live card of its article. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary mergeWithNext(long claimId) {
        ClaimCard card = load(claimId);
        ClaimCard next = claims.findByArticleIdOrderByPosition(card.articleId()).stream()
                .filter(other -> other.position() > card.position() && other.state() != ClaimState.DISMISSED)
                .findFirst()
                .orElseThrow(() -> new com.claimboard.shared.DomainRuleViolation(
                        "claim.error.not-neighbours", "no card after this one"));
        card.absorb(next, articles.text(card.articleId()), CurrentUser.username());
        claims.save(next);
        return claims.save(card).summary();
    }

    /** Research is allowed: the card is the caller's and in research. Used before attaching sources. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public boolean isResearchedByCaller(long claimId) {
        ClaimCard card = load(claimId);
        return CurrentUser.username().equals(card.assignee())
                && (card.state() == ClaimState.IN_RESEARCH || card.state() == ClaimState.CHANGES_REQUESTED);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary submitForReview(long claimId) {
        return change(claimId, card -> card.submitForReview(CurrentUser.username()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary resumeResearch(long claimId) {
        return change(claimId, card -> card.resumeResearch(CurrentUser.username()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public ClaimSummary requestChanges(long claimId, String comment) {
        return change(claimId, card -> card.requestChanges(CurrentUser.username(), comment));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public ClaimSummary publish(long claimId) {
        return change(claimId, card -> card.publish(CurrentUser.username()));
    }

    private ClaimSummary change(long claimId, java.util.function.Consumer<ClaimCard> move) {
        ClaimCard card = load(claimId);
        move.accept(card);
        return claims.save(card).summary();
    }

    private ClaimCard load(long claimId) {
        return claims.findById(claimId).orElseThrow(() -> new NotFound("claim", claimId));
    }
}
