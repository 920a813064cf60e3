package com.claimboard.demo;

import com.claimboard.account.AccountService;
import com.claimboard.account.Role;
import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.ClaimOrigin;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.claim.ClaimantKind;
import com.claimboard.source.SourceService;
import com.claimboard.source.Stance;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database for a first look: demo accounts, the seed article split into cards, and one claim
 * researched, proposed and approved through the real services, so the public site is not empty.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoAccount(String username, String displayName, String password, Set<Role> roles) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("rita", "Rita Reviewer", "rita-demo", EnumSet.of(Role.REVIEWER)),
            new DemoAccount("omar", "Omar Reviewer", "omar-demo", EnumSet.of(Role.REVIEWER)),
            new DemoAccount("eddie", "Eddie Editor", "eddie-demo", EnumSet.of(Role.REVIEWER, Role.EDITOR)),
            new DemoAccount("ada", "Ada Admin", "ada-admin", EnumSet.of(Role.ADMIN)));

    /** The seed card carried to publication: Zelenskiy's condition for talks. */
    private static final int PUBLISHED_CARD = 4;

    private final AccountService accounts;
    private final ArticleService articles;
    private final ClaimService claims;
    private final SourceService sources;
    private final VerdictService verdicts;

    DemoData(
            AccountService accounts,
            ArticleService articles,
            ClaimService claims,
            SourceService sources,
            VerdictService verdicts) {
        this.accounts = accounts;
        this.articles = articles;
        this.claims = claims;
        this.sources = sources;
        this.verdicts = verdicts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount account : ACCOUNTS) {
            if (!accounts.exists(account.username())) {
                accounts.createAccount(account.username(), account.displayName(), account.password(), account.roles());
            }
        }
        boolean empty = runAs("rita", () -> articles.all().isEmpty());
        if (empty) {
            seed();
        }
        StringBuilder banner = new StringBuilder("\n\nClaimboard demo accounts (sign in at /login):\n");
        ACCOUNTS.forEach(
                a -> banner.append(String.format("  %-6s password %-11s %s%n", a.username(), a.password(), a.roles())));
        log.info(banner.toString());
    }

    private void seed() {
        long articleId = runAs(
                "rita",
                () -> articles.importArticle(new ArticleDraft(
                        "Poutine a dit à Scholz que l'Occident poursuivait une ligne « destructrice », selon le Kremlin",
                        resource("demo/seed-article.txt"),
                        null,
                        "Reuters (traduit)",
                        LocalDate.of(2022, 12, 2))));
        ClaimSummary card = runAs("rita", () -> claims.cardsOf(articleId)).get(PUBLISHED_CARD);
        VerdictSummary proposed = runAs("rita", () -> {
            ClaimSummary taken = claims.take(card.id(), card.version());
            // A person confirms who made the claim: the splitter's guess alone is never published.
            claims.describe(
                    card.id(),
                    taken.version(),
                    new ClaimOrigin("Kiev", ClaimantKind.ORGANIZATION, LocalDate.of(2022, 12, 2), null));
            sources.attachSavedCopy(
                    card.id(),
                    "https://example.org/demo/ukraine-rules-out-talks-with-putin",
                    Stance.SUPPORTS,
                    resource("demo/source-decree.html").getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=utf-8");
            VerdictSummary draft = verdicts.saveDraft(
                    card.id(),
                    VerdictDraft.of(
                            Rating.TRUE,
                            "Zelenskiy did rule out talks with Putin: a decree of 4 October 2022 declared them impossible.",
                            "After Russia proclaimed the annexation of four Ukrainian regions, President Zelenskiy put into"
                                    + " force a decision of the National Security and Defence Council declaring negotiations"
                                    + " with Vladimir Putin impossible.\nThe stored source records the decree and its date."),
                    null);
            return verdicts.propose(draft.id(), draft.version());
        });
        runAs("eddie", () -> verdicts.approve(proposed.id(), proposed.version()));
        log.info("Demo data: the seed article (article {}) with one published fact-check", articleId);
    }

    private <T> T runAs(String username, java.util.function.Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static String resource(String path) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
