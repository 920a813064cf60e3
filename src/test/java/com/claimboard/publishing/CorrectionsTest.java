package com.claimboard.publishing;

import static com.claimboard.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.support.HttpSession;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Corrections and withdrawals through the services and the public site over real HTTP: the published page stands
 * until a corrected verdict is approved, then says what changed; a withdrawn page keeps its address with the
 * notice and nothing else; /corrections lists both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class CorrectionsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    ClaimService claims;

    @Autowired
    VerdictService verdicts;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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
    void a_correction_keeps_the_published_page_until_approved_then_says_what_changed() throws Exception {
        long claimId = workflow.published(
                "Les exportations ont doublé en 2025, selon le ministre.", Rating.FALSE, "They rose by 8 percent.");
        String path = pathOf(claimId);

        SignIn.as("eddie", "REVIEWER", "EDITOR");
        long version = claims.claim(claimId).version();
        assertRefused(() -> claims.reopenForCorrection(claimId, version, "  "), "claim.error.correction-note");
        claims.reopenForCorrection(claimId, version, "The ministry revised its 2025 figures in November.");
        assertThat(claims.claim(claimId).state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(claims.claim(claimId).assignee()).isEqualTo("rita");

        String during = get(path).body();
        assertThat(during).contains("rating-false").doesNotContain("Corrections</h2>");

        SignIn.as("rita", "REVIEWER");
        VerdictSummary draft = verdicts.saveDraft(
                claimId,
                VerdictDraft.of(Rating.MOSTLY_FALSE, "They rose by 38 percent, not 100.", "Revised figures."),
                null);
        VerdictSummary proposed = verdicts.propose(draft.id(), draft.version());
        assertThat(get(path).body()).as("not before approval").contains("rating-false");
        SignIn.as("erin", "REVIEWER", "EDITOR");
        verdicts.approve(proposed.id(), proposed.version());

        HttpResponse<String> after = get(path);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body())
                .contains("rating-mostly_false", "They rose by 38 percent, not 100.")
                .contains("Rating changed: False → Mostly false.")
                .contains("The ministry revised its 2025 figures in November.")
                .contains("It first read: “They rose by 8 percent.”")
                .contains("\"dateModified\"");
        String corrections = get("/corrections").body();
        assertThat(corrections)
                .contains("Les exportations ont doublé en 2025", "Rating changed: False → Mostly false.")
                .contains("The ministry revised its 2025 figures in November.");

        // Feed readers see the entry again: updated moves, published stays.
        com.rometools.rome.feed.synd.SyndEntry entry = new com.rometools.rome.io.SyndFeedInput()
                .build(new java.io.StringReader(get("/feed.atom").body())).getEntries().stream()
                        .filter(e -> e.getLink().endsWith(path))
                        .findFirst()
                        .orElseThrow();
        // Updated moved to the correction; published stayed. (Not "after": this machine's clock has been seen
        // stepping back by minutes between two calls, so only the difference is certain.)
        assertThat(entry.getUpdatedDate()).isNotEqualTo(entry.getPublishedDate());
        assertThat(entry.getTitle()).startsWith("Mostly false");
        assertThat(entry.getDescription().getValue()).isEqualTo("They rose by 38 percent, not 100.");
    }

    @Test
    void a_withdrawn_check_keeps_its_address_with_the_notice_and_without_rating_or_claim_review() throws Exception {
        long claimId = workflow.published(
                "Le pont a coûté 3 milliards d'euros, a affirmé le maire.", Rating.TRUE, "The audit says so.");
        String path = pathOf(claimId);
        String snapshotPath = get(path).body().replaceAll("(?s).*href=\"(/checks/[^\"]+/sources/\\d+)\".*", "$1");
        assertThat(get(snapshotPath).statusCode()).isEqualTo(200);

        SignIn.as("rita", "REVIEWER");
        assertThatThrownBy(() -> claims.withdraw(claimId, claims.claim(claimId).version(), "No."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.reopenForCorrection(
                        claimId, claims.claim(claimId).version(), "No."))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as("eddie", "REVIEWER", "EDITOR");
        assertRefused(
                () -> claims.withdraw(claimId, claims.claim(claimId).version(), ""), "claim.error.withdraw-notice");
        claims.withdraw(
                claimId,
                claims.claim(claimId).version(),
                "The audit we relied on was itself withdrawn by its authors.");
        assertThat(claims.claim(claimId).state()).isEqualTo(ClaimState.WITHDRAWN);
        assertRefused(
                () -> claims.reopenForCorrection(claimId, claims.claim(claimId).version(), "again"),
                "claim.refused.moved");

        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body())
                .contains(
                        "This fact-check was withdrawn", "The audit we relied on was itself withdrawn by its authors.")
                .contains("Le pont a coûté 3 milliards")
                .doesNotContain("application/ld+json")
                .doesNotContain("rating-true")
                .doesNotContain("The audit says so.");
        HttpResponse<String> gone = get(snapshotPath);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("This page was withdrawn").doesNotContain("The audit says so.");
        assertThat(get("/").body()).doesNotContain("Le pont a coûté 3 milliards");
        assertThat(get("/corrections").body())
                .contains("Withdrawn", "The audit we relied on was itself withdrawn by its authors.");
    }

    @Test
    void the_editor_reads_the_public_page_as_it_will_appear_before_approving_and_nothing_is_published() {
        VerdictSummary proposed = workflow.proposed(
                "Le tramway transporte 90 000 voyageurs par jour, selon la mairie.",
                Rating.HALF_TRUE,
                "About 60,000 on weekdays.");
        String preview = "/app/preview/claims/" + proposed.claimId();

        HttpSession eddie = new HttpSession(port);
        eddie.signIn("eddie", "eddie-password");
        HttpResponse<String> page = eddie.get(preview);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"preview-banner\"", "rating-half_true", "About 60,000 on weekdays.")
                .contains("Le tramway transporte 90 000 voyageurs", "reviewed by Eddie Editor")
                .contains("application/ld+json");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("frame-ancestors 'self'", "default-src 'none'"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpSession rita = new HttpSession(port);
        rita.signIn("rita", "rita-password");
        assertThat(rita.get(preview).statusCode()).isEqualTo(403);
        assertThat(new HttpSession(port).get(preview).statusCode()).isEqualTo(302);
        assertThat(new HttpSession(port)
                        .get("/checks/by-claim/" + proposed.claimId())
                        .statusCode())
                .as("a preview publishes nothing")
                .isEqualTo(404);
        var card = workflow.card("Le port a accueilli 2 millions de conteneurs, a dit le directeur.");
        assertThat(eddie.get("/app/preview/claims/" + card.id()).statusCode())
                .as("nothing proposed, nothing to preview")
                .isEqualTo(404);
    }

    @Test
    void only_a_published_claim_is_opened_for_correction() {
        var card = workflow.card("La dette publique atteint 120 % du PIB, selon le rapport.");
        SignIn.as("eddie", "REVIEWER", "EDITOR");
        assertRefused(() -> claims.reopenForCorrection(card.id(), card.version(), "note"), "claim.refused.moved");
        assertRefused(() -> claims.withdraw(card.id(), card.version(), "notice"), "claim.refused.moved");
    }

    private String pathOf(long claimId) throws Exception {
        HttpResponse<String> redirect = get("/checks/by-claim/" + claimId);
        return URI.create(redirect.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
