package com.claimboard.duplicates;

import com.claimboard.article.ArticleImported;
import com.claimboard.claim.CheckableClaim;
import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimEdited;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimStateChanged;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.claim.matching.CheckedClaim;
import com.claimboard.claim.matching.ClaimMatch;
import com.claimboard.claim.matching.ClaimMatcher;
import com.claimboard.claim.matching.SentenceEncoder;
import com.claimboard.shared.live.Changes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Matches cards against what the desk has checked or is checking, when an article is imported and whenever a
 * card's words change (reworded, split, merged), in the background once the change is saved (an import of
 * thousands of cards does not wait for it), and stores what it finds as
 * {@link ClaimLink}s. The matcher over the desk's cards is kept in memory and built again, at the next match,
 * after any card moved or changed; the sentence vectors are kept by text, so only new words are encoded.
 */
@Service
public class DuplicateFinder {

    /** Earlier cards shown per card, at most. */
    static final int MAX_LINKS = 5;

    private static final Set<ClaimAction> REWORDING = Set.of(ClaimAction.REWORD, ClaimAction.SPLIT, ClaimAction.MERGE);

    private static final Set<ClaimState> STILL_TO_CHECK =
            Set.of(ClaimState.NEW, ClaimState.IN_RESEARCH, ClaimState.CHANGES_REQUESTED);

    private final ClaimService claims;
    private final ClaimLinkRepository links;
    private final SentenceEncoder encoder;
    private final Changes changes;
    private final double alreadyChecked;
    private final double similar;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DuplicateFinder.class);

    private final AtomicLong generation = new AtomicLong();
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("claim-matching").daemon(true).factory());
    private Desk desk;

    DuplicateFinder(
            ClaimService claims,
            ClaimLinkRepository links,
            SentenceEncoder sentenceEncoder,
            Changes changes,
            org.springframework.transaction.PlatformTransactionManager transactionManager,
            @Value("${claimboard.matching.already-checked:0.80}") double alreadyChecked,
            @Value("${claimboard.matching.similar:0.65}") double similar) {
        this.claims = claims;
        this.links = links;
        this.encoder = sentenceEncoder;
        this.changes = changes;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.alreadyChecked = alreadyChecked;
        this.similar = similar;
    }

    /** The matcher over the desk's cards as they were at some generation of changes. */
    private record Desk(long generation, ClaimMatcher matcher, Map<Long, CheckableClaim> byId) {}

    /** Once the import is saved, its cards are matched in the background; the links show as they are found. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ArticleImported imported) {
        later(imported.articleId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ClaimEdited edited) {
        if (REWORDING.contains(edited.action())) {
            generation.incrementAndGet();
            later(claims.claim(edited.claimId()).articleId());
        }
    }

    /**
     * Matches the article's cards on the finder's one thread, as the person whose change asked for it (the
     * services check their rights there too), in a transaction of its own; a failure is logged, the import stays.
     */
    private void later(long articleId) {
        Runnable work = () -> {
            try {
                transactions.executeWithoutResult(status -> matchArticle(articleId));
            } catch (RuntimeException e) {
                log.warn("Matching the cards of article {} failed; they show no earlier claims", articleId, e);
            }
        };
        worker.execute(new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(work));
    }

    /** Waits until every match asked for so far is done (for tests and an orderly stop). */
    void awaitIdle() throws InterruptedException, java.util.concurrent.ExecutionException {
        worker.submit(() -> {}).get();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** A card moved: the set of cards being checked, or their states, changed. */
    @EventListener
    void on(ClaimStateChanged moved) {
        generation.incrementAndGet();
    }

    /** Matches every card of the article still to be checked and stores what was found. */
    void matchArticle(long articleId) {
        Desk current = desk();
        for (ClaimSummary card : claims.cardsOf(articleId)) {
            if (STILL_TO_CHECK.contains(card.state())) {
                link(card, current);
            }
        }
    }

    private void link(ClaimSummary card, Desk current) {
        Map<Long, ClaimLink> existing = new HashMap<>();
        links.findByClaimIdOrderBySimilarityDesc(card.id()).forEach(link -> existing.put(link.checkedClaimId(), link));
        int kept = 0;
        Set<Long> found = new java.util.HashSet<>();
        for (ClaimMatch match : current.matcher().match(card.text(), MAX_LINKS * 4)) {
            CheckableClaim earlier = current.byId().get(Long.parseLong(match.id()));
            if (earlier == null || earlier.articleId() == card.articleId() || match.similarity() < similar) {
                continue;
            }
            LinkKind kind = match.similarity() >= alreadyChecked && earlier.state() == ClaimState.PUBLISHED
                    ? LinkKind.ALREADY_CHECKED
                    : LinkKind.SIMILAR;
            ClaimLink link = existing.get(earlier.id());
            if (link != null && link.status() == LinkStatus.REJECTED) {
                continue; // a reviewer said they differ: not suggested again
            }
            if (link == null) {
                links.save(new ClaimLink(card.id(), earlier.id(), kind, match.similarity()));
            } else {
                link.foundAgain(kind, match.similarity());
            }
            found.add(earlier.id());
            if (++kept == MAX_LINKS) {
                break;
            }
        }
        // A suggestion the new words no longer support goes; what a reviewer decided stays.
        existing.values().stream()
                .filter(link -> link.status() == LinkStatus.SUGGESTED && !found.contains(link.checkedClaimId()))
                .forEach(links::delete);
        changes.claim(card.id());
    }

    private synchronized Desk desk() {
        long now = generation.get();
        if (desk == null || desk.generation() != now) {
            List<CheckableClaim> checkable = claims.checkable();
            Map<Long, CheckableClaim> byId = new HashMap<>();
            checkable.forEach(claim -> byId.put(claim.id(), claim));
            List<CheckedClaim> texts = checkable.stream()
                    .map(claim -> new CheckedClaim(Long.toString(claim.id()), claim.text(), ""))
                    .toList();
            desk = new Desk(now, new ClaimMatcher(texts, encoder), byId);
        }
        return desk;
    }
}
