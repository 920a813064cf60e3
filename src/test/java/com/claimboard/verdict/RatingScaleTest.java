package com.claimboard.verdict;

import static com.claimboard.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
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
 * The rating scale run by admins, through the services and the public site over real HTTP: a rename shows in the
 * picker and on later publications while earlier pages keep the name they were published with; a new rating;
 * the order; a value set and cleared; a retired rating leaving the picker but staying on what it rated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class RatingScaleTest {

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
    RatingScale scale;

    @Autowired
    VerdictService verdicts;

    @Autowired
    ClaimService claims;

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
    void a_published_page_keeps_the_rating_name_it_was_published_with() throws Exception {
        long before = workflow.published("Le trafic a baissé de 20 %, selon la préfecture.", Rating.HALF_TRUE, "10 %.");
        SignIn.as("admin", "ADMIN");
        RatingEntry half = scale.find("HALF_TRUE").orElseThrow();
        scale.change(
                "HALF_TRUE",
                half.version(),
                "Partly true",
                "En partie vrai",
                half.descriptionEn(),
                half.descriptionFr(),
                3);
        SignIn.out();
        long after = workflow.published("Le trafic a baissé de 30 %, selon la mairie.", Rating.HALF_TRUE, "15 %.");

        String old = page(before);
        assertThat(old).contains(">Half true<", "\"alternateName\":\"Half true\"");
        // The rating as published; only the legend, which explains the scale as it stands, has the new name.
        org.jsoup.nodes.Document oldPage = org.jsoup.Jsoup.parse(old);
        assertThat(oldPage.select(".verdict .rating").text()).isEqualTo("Half true");
        oldPage.select(".rating-legend").remove();
        assertThat(oldPage.html()).doesNotContain("Partly true");
        String renamed = page(after);
        assertThat(renamed).contains(">Partly true<", "\"alternateName\":\"Partly true\"");
        assertThat(get("/methodology", "en").body()).contains("Partly true").doesNotContain(">Half true<");
        assertThat(get("/methodology", "fr").body()).contains("En partie vrai");
    }

    @Test
    void an_admin_adds_reorders_sets_values_and_retires_ratings_and_a_retired_one_leaves_the_picker() {
        SignIn.as("admin", "ADMIN");
        RatingEntry added =
                scale.add("Out of context", "Hors contexte", "A real quote, cut from its setting.", null, null);
        assertThat(added.code()).isEqualTo("OUT_OF_CONTEXT");
        assertThat(scale.active().getLast().code()).isEqualTo("OUT_OF_CONTEXT");
        assertThat(scale.move("OUT_OF_CONTEXT", true)
                        .get(scale.all().size() - 2)
                        .code())
                .isEqualTo("OUT_OF_CONTEXT");
        assertRefused(() -> scale.add("Out of context", "X", null, null, null), "scale.error.code-taken");
        assertRefused(() -> scale.add("Strange", "Étrange", null, null, 9), "scale.error.value-range");
        assertRefused(() -> scale.add(" ", "Vide", null, null, null), "scale.error.name-required");
        assertRefused(() -> scale.add("N".repeat(61), "N", null, null, null), "error.too-long");

        RatingEntry withValue = scale.change(
                "OUT_OF_CONTEXT",
                scale.find("OUT_OF_CONTEXT").orElseThrow().version(),
                "Out of context",
                "Hors contexte",
                null,
                null,
                2);
        assertThat(withValue.ratingValue()).isEqualTo(2);
        RatingEntry cleared = scale.change(
                "OUT_OF_CONTEXT", withValue.version(), "Out of context", "Hors contexte", null, null, null);
        assertThat(cleared.ratingValue()).isNull();
        assertRefused(
                () -> scale.change("OUT_OF_CONTEXT", withValue.version(), "Stale", "Stale", null, null, null),
                "scale.error.stale");

        SignIn.out();
        ClaimSummary card = workflow.card("Le maire a dit que la ville était en faillite.");
        SignIn.as("rita", "REVIEWER");
        ClaimSummary taken = claims.take(card.id(), card.version());
        VerdictSummary draft = verdicts.saveDraft(
                taken.id(), new VerdictDraft("OUT_OF_CONTEXT", "Cut from a longer answer.", "e"), null);

        SignIn.as("admin", "ADMIN");
        scale.retire("OUT_OF_CONTEXT", cleared.version());
        assertThat(scale.active()).extracting(RatingEntry::code).doesNotContain("OUT_OF_CONTEXT");
        assertThat(scale.all()).extracting(RatingEntry::code).contains("OUT_OF_CONTEXT");

        SignIn.as("rita", "REVIEWER");
        assertThat(verdicts.openVerdict(taken.id()).orElseThrow().rating())
                .as("what it rated keeps it")
                .isEqualTo("OUT_OF_CONTEXT");
        assertRefused(
                () -> verdicts.saveDraft(
                        taken.id(), new VerdictDraft("OUT_OF_CONTEXT", "Again.", "e"), draft.version()),
                "verdict.error.rating-retired");
        assertRefused(
                () -> verdicts.saveDraft(
                        taken.id(), new VerdictDraft("NO_SUCH_RATING", "Again.", "e"), draft.version()),
                "verdict.error.rating-unknown");
    }

    @Test
    void only_an_admin_changes_the_scale() {
        SignIn.as("eddie", "REVIEWER", "EDITOR");
        RatingEntry truth = scale.find("TRUE").orElseThrow();
        assertThatThrownBy(() -> scale.add("Mine", "Mien", null, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scale.change("TRUE", truth.version(), "Yes", "Oui", null, null, 5))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scale.retire("TRUE", truth.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scale.move("TRUE", false)).isInstanceOf(AccessDeniedException.class);
        assertThat(scale.active()).isNotEmpty();
    }

    private String page(long claimId) throws Exception {
        HttpResponse<String> redirect = get("/checks/by-claim/" + claimId, "en");
        return get(
                        URI.create(redirect.headers().firstValue("Location").orElseThrow())
                                .getPath(),
                        "en")
                .body();
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept-Language", language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
