package com.claimboard.publishing;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleService;
import com.claimboard.article.ArticleSummary;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceService;
import com.claimboard.verdict.VerdictApproved;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes approved verdicts and answers the public site's queries, which see published content only. */
@Service
public class PublishingService {

    private final FactCheckRepository factChecks;
    private final VerdictService verdicts;
    private final ClaimService claims;
    private final SourceService sources;
    private final ArticleService articles;
    private final AccountService accounts;

    PublishingService(
            FactCheckRepository factChecks,
            VerdictService verdicts,
            ClaimService claims,
            SourceService sources,
            ArticleService articles,
            AccountService accounts) {
        this.factChecks = factChecks;
        this.verdicts = verdicts;
        this.claims = claims;
        this.sources = sources;
        this.articles = articles;
        this.accounts = accounts;
    }

    /**
     * Approval publishes, in the approving transaction: a claim is never marked published without its public
     * page, nor the other way round.
     */
    @EventListener
    void on(VerdictApproved approved) {
        VerdictSummary verdict = verdicts.approved(approved.verdictId());
        ClaimSummary claim = claims.claim(approved.claimId());
        ArticleSummary article = articles.summary(claim.articleId());
        List<PublishedSource> evidence = sources.sourcesOf(claim.id()).stream()
                .filter(s -> s.state() == FetchState.FETCHED)
                .map(s -> new PublishedSource(
                        s.id(),
                        truncate(s.label(), 500),
                        s.finalUrl() != null ? s.finalUrl() : s.url(),
                        s.stance().name(),
                        s.fetchedAt()))
                .toList();
        var content = new FactCheck.Content(
                verdict.id(),
                claim.text(),
                claim.speaker(),
                verdict.rating(),
                verdict.summary(),
                verdict.explanation(),
                accounts.displayName(approved.author()),
                accounts.displayName(approved.editor()),
                article.id(),
                article.title(),
                article.url(),
                article.outlet(),
                article.publishedOn(),
                approved.at(),
                evidence);
        Optional<FactCheck> existing = factChecks.findByClaimId(claim.id());
        if (existing.isPresent()) {
            existing.get().correct(content);
        } else {
            factChecks.save(new FactCheck(Slugs.of(claim.text(), claim.id()), claim.id(), content));
        }
    }

    @Transactional(readOnly = true)
    List<PublishedCheck> latest(int count) {
        return factChecks.findByOrderByPublishedAtDesc(PageRequest.of(0, count)).stream()
                .map(FactCheck::view)
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<PublishedCheck> bySlug(String slug) {
        return factChecks.findBySlug(slug).map(FactCheck::view);
    }

    /** The public URL path of a claim's fact-check, if it is published. */
    @Transactional(readOnly = true)
    public Optional<String> publicPath(long claimId) {
        return factChecks.findByClaimId(claimId).map(f -> "/checks/" + f.view().slug());
    }

    /** A stored snapshot, but only of a source that a published fact-check cites. */
    @Transactional(readOnly = true)
    Optional<Snapshot> snapshot(String slug, long sourceId) {
        return bySlug(slug)
                .flatMap(check -> check.sources().stream()
                        .filter(s -> s.sourceId() == sourceId)
                        .findFirst()
                        .map(s -> new Snapshot(check, s, sources.snapshot(sourceId))));
    }

    record Snapshot(PublishedCheck check, PublishedSource source, String text) {}

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
