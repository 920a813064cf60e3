package com.claimboard.publishing;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleService;
import com.claimboard.article.ArticleSummary;
import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimStateChanged;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.live.Changes;
import com.claimboard.source.FetchState;
import com.claimboard.source.PassageService;
import com.claimboard.source.PassageView;
import com.claimboard.source.SourceKind;
import com.claimboard.source.SourceService;
import com.claimboard.source.SourceSummary;
import com.claimboard.verdict.RatingEntry;
import com.claimboard.verdict.RatingScale;
import com.claimboard.verdict.VerdictApproved;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictState;
import com.claimboard.verdict.VerdictSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes approved verdicts and answers the public site's queries, which see published content only. */
@Service
public class PublishingService {

    private final FactCheckRepository factChecks;
    private final PublishedArticleRepository publishedArticles;
    private final VerdictService verdicts;
    private final ClaimService claims;
    private final SourceService sources;
    private final PassageService passages;
    private final ArticleService articles;
    private final AccountService accounts;
    private final RatingScale scale;
    private final Changes changes;

    PublishingService(
            FactCheckRepository factChecks,
            PublishedArticleRepository publishedArticles,
            VerdictService verdicts,
            ClaimService claims,
            SourceService sources,
            PassageService passages,
            ArticleService articles,
            AccountService accounts,
            RatingScale scale,
            Changes changes) {
        this.factChecks = factChecks;
        this.publishedArticles = publishedArticles;
        this.changes = changes;
        this.verdicts = verdicts;
        this.claims = claims;
        this.sources = sources;
        this.passages = passages;
        this.articles = articles;
        this.accounts = accounts;
        this.scale = scale;
    }

    /**
     * Approval publishes, in the approving transaction: a claim is never marked published without its public
     * page, nor the other way round.
     */
    @EventListener
    void on(VerdictApproved approved) {
        VerdictSummary verdict = verdicts.approved(approved.verdictId());
        ClaimSummary claim = claims.claim(approved.claimId());
        FactCheck.Content content = content(verdict, claim, approved.author(), approved.editor(), approved.at());
        Optional<FactCheck> existing = factChecks.findByClaimId(claim.id());
        if (existing.isPresent()) {
            existing.get().correct(content);
        } else {
            factChecks.save(new FactCheck(Slugs.of(claim.text(), claim.id()), claim.id(), content));
        }
        copyArticle(claim.articleId(), approved.at());
        changes.site();
    }

    /** The article's public copy, as it is now: its annotated page marks the claims that stand. */
    private void copyArticle(long articleId, java.time.Instant at) {
        ArticleSummary article = articles.summary(articleId);
        PublishedArticle copy = publishedArticles.findById(articleId).orElseGet(() -> new PublishedArticle(articleId));
        copy.copy(
                article.title(),
                article.url(),
                article.outlet(),
                article.publishedOn(),
                article.lang(),
                articles.text(articleId),
                at);
        publishedArticles.save(copy);
    }

    /**
     * An article as the public site shows it, with each standing fact-check on it and where its claim stands;
     * empty when no claim of it was ever published. {@code gone} when every fact-check on it was withdrawn.
     */
    @Transactional(readOnly = true)
    Optional<AnnotatedArticle> annotatedArticle(long articleId) {
        return publishedArticles.findById(articleId).map(article -> {
            List<FactCheck> checks = factChecks.findByArticleIdOrderById(articleId);
            List<AnnotatedArticle.Mark> marks = new java.util.ArrayList<>();
            for (FactCheck check : checks) {
                int[] span = check.claimSpan();
                if (!check.withdrawn() && span != null) {
                    marks.add(new AnnotatedArticle.Mark(span[0], span[1], check.view()));
                }
            }
            boolean gone = !checks.isEmpty() && checks.stream().allMatch(FactCheck::withdrawn);
            java.time.Instant changed = checks.stream()
                    .map(check -> check.view().lastChanged())
                    .max(java.time.Instant::compareTo)
                    .orElse(java.time.Instant.EPOCH);
            return new AnnotatedArticle(
                    articleId,
                    article.title(),
                    article.url(),
                    article.outlet(),
                    article.publishedOn(),
                    article.lang(),
                    article.body(),
                    List.copyOf(marks),
                    gone,
                    changed);
        });
    }

    /**
     * The public page exactly as it will appear if the editor approves the proposed verdict now: the same
     * content, credits and correction notice that approval would publish, computed without publishing anything.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public PublishedCheck preview(long claimId) {
        VerdictSummary verdict = verdicts.openVerdict(claimId)
                .filter(v -> v.state() == VerdictState.PROPOSED)
                .orElseThrow(() -> new NotFound("proposed verdict of claim", claimId));
        ClaimSummary claim = claims.claim(claimId);
        FactCheck.Content content =
                content(verdict, claim, verdict.author(), CurrentUser.username(), java.time.Instant.now());
        return factChecks
                .findByClaimId(claimId)
                .map(existing -> existing.previewWith(content))
                .orElseGet(() -> new FactCheck(Slugs.of(claim.text(), claim.id()), claim.id(), content).view());
    }

    /** The rating with its names and value as they are now, frozen into what is published. */
    private PublishedRating published(String code) {
        RatingEntry entry = scale.find(code).orElseThrow(() -> new NotFound("rating", code));
        return new PublishedRating(entry.code(), entry.nameEn(), entry.nameFr(), entry.ratingValue());
    }

    private FactCheck.Content content(
            VerdictSummary verdict, ClaimSummary claim, String author, String editor, java.time.Instant at) {
        ArticleSummary article = articles.summary(claim.articleId());
        List<PublishedSource> evidence = sources.sourcesOf(claim.id()).stream()
                .filter(s -> s.state() == FetchState.FETCHED)
                .map(s -> new PublishedSource(
                        s.id(),
                        truncate(citation(s), 500),
                        s.address() == null ? "" : s.address(),
                        s.stance().name(),
                        s.fetchedAt()))
                .toList();
        return new FactCheck.Content(
                verdict.id(),
                claim.text(),
                // Only a claimant a person confirmed is published; the splitter's guess never is.
                claim.origin().claimant(),
                claim.origin().kind() == null ? null : claim.origin().kind().name(),
                claim.origin().madeOn(),
                claim.origin().appearanceUrl(),
                article.lang(),
                published(verdict.rating()),
                verdict.summary(),
                verdict.explanation(),
                accounts.displayName(author),
                accounts.displayName(editor),
                article.id(),
                article.title(),
                article.url(),
                article.outlet(),
                article.publishedOn(),
                at,
                evidence,
                passages.passagesOf(claim.id()).stream()
                        .filter(PassageView::found)
                        .filter(p -> evidence.stream().anyMatch(s -> s.sourceId() == p.sourceId()))
                        .map(p -> new PublishedPassage(
                                p.sourceId(),
                                p.stance().name(),
                                p.quote().exact(),
                                p.quote().prefix(),
                                p.quote().suffix(),
                                p.start(),
                                p.end()))
                        .toList(),
                claim.start(),
                claim.end());
    }

    /**
     * An editor opened the fact-check for correction, or withdrew it: in the same transaction, the public copy
     * keeps the note for the corrected verdict, or takes the withdrawal notice.
     */
    @EventListener
    void on(ClaimStateChanged changed) {
        if (changed.action() == ClaimAction.REOPEN) {
            factChecks.findByClaimId(changed.claimId()).ifPresent(check -> check.correctionPending(changed.comment()));
        } else if (changed.action() == ClaimAction.WITHDRAW) {
            FactCheck check = factChecks
                    .findByClaimId(changed.claimId())
                    .orElseThrow(() -> new IllegalStateException("a published claim without its fact-check"));
            check.withdraw(changed.comment(), accounts.displayName(changed.actor()), changed.at());
            changes.site();
        }
    }

    /** The latest fact-checks that stand (a withdrawn one keeps its page but leaves the list). */
    @Transactional(readOnly = true)
    List<PublishedCheck> latest(int count) {
        return factChecks.findByWithdrawnAtIsNullOrderByPublishedAtDesc(PageRequest.of(0, count)).stream()
                .map(FactCheck::view)
                .toList();
    }

    /**
     * One page of the standing fact-checks, newest first, of one rating and one claim language when asked (null
     * for any); pages count from 1.
     */
    @Transactional(readOnly = true)
    CheckList standing(String rating, String language, int page, int size) {
        Specification<FactCheck> standing = (root, query, cb) -> cb.isNull(root.get("withdrawnAt"));
        if (rating != null) {
            standing = standing.and((root, query, cb) -> cb.equal(root.get("rating"), rating));
        }
        if (language != null) {
            standing = standing.and((root, query, cb) -> cb.equal(root.get("claimLang"), language));
        }
        Page<FactCheck> found = factChecks.findAll(
                standing,
                PageRequest.of(page - 1, size, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))));
        return new CheckList(
                found.map(FactCheck::view).getContent(),
                page,
                Math.max(1, found.getTotalPages()),
                found.getTotalElements(),
                factChecks.standingRatings(),
                factChecks.standingLanguages());
    }

    /**
     * Standing fact-checks in the order they last changed, oldest change first, from just after {@code after}
     * (the last one a client has, or null), changed at or after {@code since} when given; {@code limit + 1} are
     * read so the caller knows whether there are more.
     */
    @Transactional(readOnly = true)
    List<Listed> changedInOrder(java.time.Instant since, String rating, String language, ApiCursor after, int limit) {
        Specification<FactCheck> wanted = (root, query, cb) -> cb.isNull(root.get("withdrawnAt"));
        if (since != null) {
            wanted = wanted.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("publishedAt"), since));
        }
        if (rating != null) {
            wanted = wanted.and((root, query, cb) -> cb.equal(root.get("rating"), rating));
        }
        if (language != null) {
            wanted = wanted.and((root, query, cb) -> cb.equal(root.get("claimLang"), language));
        }
        if (after != null) {
            wanted = wanted.and((root, query, cb) -> cb.or(
                    cb.greaterThan(root.get("publishedAt"), after.changedAt()),
                    cb.and(
                            cb.equal(root.get("publishedAt"), after.changedAt()),
                            cb.greaterThan(root.get("id"), after.id()))));
        }
        return factChecks
                .findAll(
                        wanted,
                        PageRequest.of(0, limit + 1, Sort.by(Sort.Order.asc("publishedAt"), Sort.Order.asc("id"))))
                .map(f -> new Listed(f.id(), f.view()))
                .getContent();
    }

    /** A fact-check with its row's id, which a cursor names. */
    record Listed(long id, PublishedCheck check) {}

    /**
     * A page of fact-checks and where it stands among them; {@code ratings} and {@code languages} are those
     * the standing fact-checks have, so a filter never offers a choice that finds nothing.
     */
    record CheckList(
            List<PublishedCheck> checks,
            int page,
            int pages,
            long total,
            List<String> ratings,
            List<String> languages) {

        public boolean hasNewer() {
            return page > 1;
        }

        public boolean hasOlder() {
            return page < pages;
        }
    }

    /** Every correction and withdrawal, newest first. */
    @Transactional(readOnly = true)
    List<CorrectionEntry> corrections() {
        List<CorrectionEntry> entries = new java.util.ArrayList<>();
        for (FactCheck factCheck : factChecks.correctedOrWithdrawn()) {
            PublishedCheck check = factCheck.view();
            check.corrections().forEach(correction -> entries.add(new CorrectionEntry(check, correction, null)));
            if (check.withdrawn()) {
                entries.add(new CorrectionEntry(check, null, check.withdrawal()));
            }
        }
        entries.sort(java.util.Comparator.comparing(CorrectionEntry::at).reversed());
        return entries;
    }

    /** One line of the corrections page: a correction or a withdrawal of a fact-check. */
    record CorrectionEntry(
            PublishedCheck check, PublishedCheck.Correction correction, PublishedCheck.Withdrawal withdrawal) {
        public java.time.Instant at() {
            return correction != null ? correction.at() : withdrawal.at();
        }

        public boolean isWithdrawal() {
            return withdrawal != null;
        }
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

    /** A claim's fact-check as the public site shows it, if it is published and not withdrawn. */
    @Transactional(readOnly = true)
    public Optional<PublishedCheck> standing(long claimId) {
        return factChecks.findByClaimId(claimId).filter(f -> !f.withdrawn()).map(FactCheck::view);
    }

    /** A stored snapshot, but only of a source that a standing (not withdrawn) fact-check cites. */
    @Transactional(readOnly = true)
    Optional<Snapshot> snapshot(String slug, long sourceId) {
        return bySlug(slug)
                .filter(check -> !check.withdrawn())
                .flatMap(check -> check.sources().stream()
                        .filter(s -> s.sourceId() == sourceId)
                        .findFirst()
                        .map(s -> new Snapshot(check, s, sources.snapshot(sourceId))));
    }

    record Snapshot(PublishedCheck check, PublishedSource source, String text) {}

    /** How the public page names a source: its title, and for a typed excerpt its outlet and date too. */
    private static String citation(SourceSummary source) {
        StringBuilder label = new StringBuilder(source.label());
        if (source.outlet() != null) {
            label.append(" — ").append(source.outlet());
        }
        if (source.kind() == SourceKind.EXCERPT && source.citedDate() != null) {
            label.append(", ").append(source.citedDate());
        }
        return label.toString();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
