package com.claimboard.support;

import static org.awaitility.Awaitility.await;

import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.ClaimOrigin;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceService;
import com.claimboard.source.Stance;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.time.Duration;

/** Walks a claim through the real services, for tests that need one at a given stage. */
public class WorkflowDriver {

    private final ArticleService articles;
    private final ClaimService claims;
    private final SourceService sources;
    private final VerdictService verdicts;
    private final LocalHttpServer sourceSite;

    WorkflowDriver(
            ArticleService articles,
            ClaimService claims,
            SourceService sources,
            VerdictService verdicts,
            LocalHttpServer sourceSite) {
        this.articles = articles;
        this.claims = claims;
        this.sources = sources;
        this.verdicts = verdicts;
        this.sourceSite = sourceSite;
    }

    /** Imports one sentence as an article (as rita) and returns its card. */
    public ClaimSummary card(String sentence) {
        SignIn.as("rita", "REVIEWER");
        try {
            long articleId = articles.importArticle(new ArticleDraft(
                    "Article about " + sentence,
                    sentence,
                    "https://news.example.com/a",
                    "Example News",
                    java.time.LocalDate.of(2026, 11, 2)));
            return claims.cardsOf(articleId).getFirst();
        } finally {
            SignIn.out();
        }
    }

    /** Takes, sources and proposes a verdict on a new card as rita; returns the proposed verdict. */
    public VerdictSummary proposed(String sentence, Rating rating, String summary) {
        return proposed(sentence, rating, summary, null);
    }

    /** As {@link #proposed(String, Rating, String)}, rita first saying who made the claim, when and where. */
    public VerdictSummary proposed(String sentence, Rating rating, String summary, ClaimOrigin origin) {
        ClaimSummary card = card(sentence);
        SignIn.as("rita", "REVIEWER");
        try {
            ClaimSummary taken = claims.take(card.id(), card.version());
            if (origin != null) {
                claims.describe(card.id(), taken.version(), origin);
            }
            sources.attach(card.id(), sourceSite.url(TestSourceSite.ARTICLE_PATH), Stance.SUPPORTS);
            await().pollInSameThread()
                    .atMost(Duration.ofSeconds(15))
                    .until(() -> sources.sourcesOf(card.id()).stream().allMatch(s -> s.state() == FetchState.FETCHED));
            VerdictSummary draft = verdicts.saveDraft(
                    card.id(), VerdictDraft.of(rating, summary, "Line one of the explanation.\nLine two."), null);
            return verdicts.propose(draft.id(), draft.version());
        } finally {
            SignIn.out();
        }
    }

    /** A published fact-check: proposed by rita, approved by eddie. Returns the claim id. */
    public long published(String sentence, Rating rating, String summary) {
        return published(sentence, rating, summary, null);
    }

    /** A published fact-check whose claimant, date and appearance rita confirmed. Returns the claim id. */
    public long published(String sentence, Rating rating, String summary, ClaimOrigin origin) {
        VerdictSummary proposed = proposed(sentence, rating, summary, origin);
        SignIn.as("eddie", "EDITOR", "REVIEWER");
        try {
            verdicts.approve(proposed.id(), proposed.version());
        } finally {
            SignIn.out();
        }
        return proposed.claimId();
    }
}
