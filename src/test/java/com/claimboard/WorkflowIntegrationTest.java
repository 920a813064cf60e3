package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.audit.AuditRecord;
import com.claimboard.audit.AuditService;
import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.publishing.PublishingService;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceService;
import com.claimboard.source.SourceSummary;
import com.claimboard.source.Stance;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.StaleVerdict;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article-to-publication loop through the real services, database and fetcher, with roles enforced. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSourceSite.class)
@Tag(TestDatabase.TAG)
class WorkflowIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    VerdictService verdicts;

    @Autowired
    AuditService audit;

    @Autowired
    PublishingService publishing;

    @Autowired
    LocalHttpServer sourceSite;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_article_goes_from_paste_to_published_fact_check() throws IOException {
        SignIn.as("rita", "REVIEWER");
        long articleId =
                articles.importArticle(new ArticleDraft("Kremlin readout", seedArticle(), null, "Reuters", null));
        List<ClaimSummary> cards = claims.cardsOf(articleId);
        assertThat(cards).hasSize(10);
        ClaimSummary card = cards.get(3);
        assertThat(card.speaker()).isEqualTo("Kiev");

        claims.take(card.id(), card.version());
        VerdictSummary draft = verdicts.saveDraft(
                card.id(),
                VerdictDraft.of(Rating.MOSTLY_TRUE, "Kyiv did set these conditions.", "Statements of the time."),
                null);
        assertThatThrownBy(() -> verdicts.propose(draft.id(), draft.version()))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("verdict.error.no-source");

        sources.attach(card.id(), sourceSite.url(TestSourceSite.ARTICLE_PATH), Stance.SUPPORTS);
        SourceSummary fetched = awaitFetch(card.id());
        assertThat(fetched.state()).isEqualTo(FetchState.FETCHED);
        assertThat(fetched.title()).isEqualTo("Unemployment statistics, third quarter");
        assertThat(fetched.httpStatus()).isEqualTo(200);
        assertThat(fetched.finalUrl()).isEqualTo(sourceSite.url(TestSourceSite.ARTICLE_PATH));
        assertThat(sources.snapshot(fetched.id())).contains("7.1 percent").doesNotContain("© Office");

        VerdictSummary proposed = verdicts.propose(draft.id(), draft.version());
        assertThat(claims.claim(card.id()).state()).isEqualTo(ClaimState.IN_REVIEW);

        SignIn.as("rita", "REVIEWER");
        assertThatThrownBy(() -> verdicts.approve(draft.id(), proposed.version()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as("eddie", "EDITOR", "REVIEWER");
        assertThat(verdicts.reviewQueue())
                .extracting(item -> item.verdict().id())
                .contains(draft.id());
        verdicts.approve(draft.id(), proposed.version());

        assertThat(claims.claim(card.id()).state()).isEqualTo(ClaimState.PUBLISHED);
        assertThat(publishing.publicPath(card.id()))
                .hasValueSatisfying(path -> assertThat(path).startsWith("/checks/kiev-affirme"));
        List<AuditRecord> trail = audit.trail(card.id());
        assertThat(trail)
                .extracting(AuditRecord::action)
                .containsExactly(ClaimAction.TAKE, ClaimAction.PROPOSE, ClaimAction.PUBLISH);
        assertThat(trail).extracting(AuditRecord::actor).containsExactly("rita", "rita", "eddie");
    }

    @Test
    void editor_cannot_approve_own_verdict_and_changes_come_back_with_a_comment() {
        SignIn.as("eddie", "EDITOR", "REVIEWER");
        long articleId = articles.importArticle(
                new ArticleDraft("Budget", "The deficit doubled to 5 percent in 2024.", null, null, null));
        ClaimSummary card = claims.cardsOf(articleId).getFirst();
        claims.take(card.id(), card.version());
        sources.attach(card.id(), sourceSite.url(TestSourceSite.ARTICLE_PATH), Stance.REFUTES);
        awaitFetch(card.id());
        VerdictSummary draft = verdicts.saveDraft(
                card.id(),
                VerdictDraft.of(Rating.FALSE, "It did not double.", "The office's figures show otherwise."),
                null);
        VerdictSummary proposed = verdicts.propose(draft.id(), draft.version());

        assertThatThrownBy(() -> verdicts.approve(draft.id(), proposed.version()))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("review.error.own-verdict");

        SignIn.as("erin", "EDITOR", "REVIEWER");
        verdicts.requestChanges(draft.id(), proposed.version(), "Quote the exact figure.");
        assertThat(claims.claim(card.id()).state()).isEqualTo(ClaimState.CHANGES_REQUESTED);

        SignIn.as("eddie", "EDITOR", "REVIEWER");
        VerdictSummary reopened = verdicts.openVerdict(card.id()).orElseThrow();
        assertThat(reopened.reviewComment()).isEqualTo("Quote the exact figure.");
        VerdictSummary resaved = verdicts.saveDraft(
                card.id(),
                VerdictDraft.of(Rating.FALSE, "It rose to 5.5 percent, not double.", "Figures."),
                reopened.version());
        verdicts.propose(reopened.id(), resaved.version());
        assertThat(claims.claim(card.id()).state()).isEqualTo(ClaimState.IN_REVIEW);
        assertThat(audit.trail(card.id()))
                .extracting(AuditRecord::action)
                .containsExactly(
                        ClaimAction.TAKE,
                        ClaimAction.PROPOSE,
                        ClaimAction.REQUEST_CHANGES,
                        ClaimAction.RESUME,
                        ClaimAction.PROPOSE);
        assertThat(audit.trail(card.id()).get(2).comment()).isEqualTo("Quote the exact figure.");
    }

    @Test
    void a_stale_draft_is_refused() {
        SignIn.as("rita", "REVIEWER");
        long articleId =
                articles.importArticle(new ArticleDraft("Stale", "Prices rose 4 percent last year.", null, null, null));
        ClaimSummary card = claims.cardsOf(articleId).getFirst();
        claims.take(card.id(), card.version());
        VerdictSummary first = verdicts.saveDraft(card.id(), VerdictDraft.of(Rating.TRUE, "One", "One"), null);
        verdicts.saveDraft(card.id(), VerdictDraft.of(Rating.TRUE, "Two", "Two"), first.version());

        assertThatThrownBy(() ->
                        verdicts.saveDraft(card.id(), VerdictDraft.of(Rating.FALSE, "Old tab", "Old"), first.version()))
                .isInstanceOf(StaleVerdict.class);
        assertThat(verdicts.openVerdict(card.id()).orElseThrow().summary()).isEqualTo("Two");
    }

    @Test
    void sources_pointing_inside_the_network_or_not_at_a_web_page_fail_with_their_reason() {
        SignIn.as("rita", "REVIEWER");
        long articleId = articles.importArticle(
                new ArticleDraft("Sources", "The bridge cost 3 billion euros.", null, null, null));
        ClaimSummary card = claims.cardsOf(articleId).getFirst();
        claims.take(card.id(), card.version());

        sources.attach(card.id(), sourceSite.url("/go-private"), Stance.CONTEXT);
        sources.attach(card.id(), sourceSite.url("/image.png"), Stance.CONTEXT);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(15))
                .until(() -> sources.sourcesOf(card.id()).stream().noneMatch(s -> s.state() == FetchState.PENDING));

        assertThat(sources.sourcesOf(card.id()))
                .extracting(SourceSummary::failureReason)
                .containsExactly("REFUSED_ADDRESS", "NOT_A_WEB_PAGE");
    }

    @ParameterizedTest(name = "{0} is refused on attach as {1}, and not stored")
    @CsvSource(delimiter = '|', textBlock = """
                http://127.1/                   | NUMERIC_HOST
                http://0x7f000001/              | NUMERIC_HOST
                http://017700000001/            | NUMERIC_HOST
                http://0.0.0.0/                 | REFUSED_ADDRESS
                http://[::]/                    | REFUSED_ADDRESS
                http://127.0.0.1:8080/admin     | REFUSED_ADDRESS
                http://user:secret@example.org/ | CREDENTIALS
                gopher://example.org/           | UNSUPPORTED_SCHEME
                ftp://example.org/              | UNSUPPORTED_SCHEME
                jar:file:/x!/y                  | UNSUPPORTED_SCHEME
                data:text/html,<b>x</b>         | UNSUPPORTED_SCHEME
                javascript:alert(1)             | UNSUPPORTED_SCHEME
                file:///etc/passwd              | UNSUPPORTED_SCHEME
                """)
    void a_source_address_the_fetcher_would_refuse_is_refused_with_the_same_reason_as_at_import(
            String address, String reason) {
        SignIn.as("rita", "REVIEWER");
        long articleId = articles.importArticle(
                new ArticleDraft("Refused", "The port handled 3 million boxes.", null, null, null));
        ClaimSummary card = claims.cardsOf(articleId).getFirst();
        claims.take(card.id(), card.version());

        assertThatThrownBy(() -> sources.attach(card.id(), address, Stance.CONTEXT))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("fetch.reason." + reason);
        assertThatThrownBy(() -> articles.previewFromUrl(address))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("fetch.reason." + reason);
        assertThat(sources.sourcesOf(card.id())).as("nothing stored").isEmpty();
    }

    @Test
    void binary_data_served_as_html_fails_as_not_a_web_page() {
        SignIn.as("rita", "REVIEWER");
        long articleId = articles.importArticle(
                new ArticleDraft("Binary", "The port handled 2 million boxes.", null, null, null));
        ClaimSummary card = claims.cardsOf(articleId).getFirst();
        claims.take(card.id(), card.version());

        sources.attach(card.id(), sourceSite.url("/binary.html"), Stance.CONTEXT);

        assertThat(awaitFetch(card.id()).failureReason()).isEqualTo("NOT_A_WEB_PAGE");
    }

    @Test
    void only_the_reviewer_researching_a_claim_attaches_sources() {
        SignIn.as("rita", "REVIEWER");
        long articleId =
                articles.importArticle(new ArticleDraft("Owner", "Exports grew 10 percent.", null, null, null));
        ClaimSummary card = claims.cardsOf(articleId).getFirst();
        claims.take(card.id(), card.version());

        SignIn.as("omar", "REVIEWER");
        assertThatThrownBy(() -> sources.attach(card.id(), "https://example.org/", Stance.CONTEXT))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("source.error.not-researching");
        assertThatThrownBy(() -> claims.take(card.id(), card.version()))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("claim.refused.taken");
    }

    @Test
    void services_refuse_anonymous_callers() {
        assertThatThrownBy(() -> articles.importArticle(new ArticleDraft("x", "y", null, null, null)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> claims.board(
                        com.claimboard.claim.ClaimFilter.all(), org.springframework.data.domain.PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_paste_that_never_stops_is_imported_in_cards_of_bounded_length() {
        SignIn.as("rita", "REVIEWER");
        String runOn = "J. K. Rowling and the U.S. and ".repeat(8_000); // 248,000 characters, not one stop

        long articleId = articles.importArticle(new ArticleDraft("Run-on", runOn, null, null, null));

        List<ClaimSummary> cards = claims.cardsOf(articleId);
        assertThat(cards).hasSizeGreaterThan(100);
        assertThat(cards).allSatisfy(card -> assertThat(card.text().length()).isLessThanOrEqualTo(2_000));
        assertThat(String.join("", cards.stream().map(ClaimSummary::text).toList())
                        .replaceAll("\\s", ""))
                .isEqualTo(runOn.replaceAll("\\s", ""));
    }

    @Test
    void the_same_text_imported_twice_is_recognised() {
        SignIn.as("rita", "REVIEWER");
        articles.importArticle(new ArticleDraft("Once", "Inflation reached 9 percent in May.\n", null, null, null));

        assertThat(articles.findSameText("  Inflation reached 9 percent in May.\r\n"))
                .isPresent();
        assertThat(articles.findSameText("Inflation reached 8 percent in May.")).isEmpty();
    }

    private SourceSummary awaitFetch(long claimId) {
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(15))
                .until(() -> sources.sourcesOf(claimId).stream().allMatch(s -> s.state() != FetchState.PENDING));
        return sources.sourcesOf(claimId).getLast();
    }

    private static String seedArticle() throws IOException {
        try (InputStream in =
                WorkflowIntegrationTest.class.getClassLoader().getResourceAsStream("seed/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
