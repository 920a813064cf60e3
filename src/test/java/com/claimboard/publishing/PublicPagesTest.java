package com.claimboard.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.support.PublicHttp;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public pages over real HTTP: the home page's pages and filters, both languages, and real error answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class PublicPagesTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    private PublicHttp site;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        site = new PublicHttp(port);
    }

    @Test
    void the_home_page_is_paged_newest_first_and_filtered_by_rating_and_language() {
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= PublicSiteController.PAGE_SIZE + 1; i++) {
            boolean french = i % 2 == 0;
            String sentence = french
                    ? "Le chômage a baissé de " + i + " pour cent en 2025 dans la région numéro " + i + "."
                    : "Unemployment fell by " + i + " percent in 2025 in region number " + i + ".";
            slugs.add(site.slug(workflow.published(sentence, french ? Rating.FALSE : Rating.TRUE, "Summary " + i)));
        }
        String oldest = slugs.getFirst();
        String newest = slugs.getLast();

        HttpResponse<String> first = site.get("/");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("/checks/" + newest).doesNotContain("/checks/" + oldest + "\"");
        assertThat(first.body()).contains("rel=\"next\" href=\"/?page=2\"").doesNotContain("rel=\"prev\"");
        HttpResponse<String> second = site.get("/?page=2");
        assertThat(second.body()).contains("/checks/" + oldest + "\"").contains("rel=\"prev\" href=\"/\"");

        String frenchOnly = site.get("/?language=fr&rating=FALSE").body();
        assertThat(frenchOnly).contains("/checks/" + slugs.get(1) + "\"").doesNotContain("/checks/" + oldest + "\"");
        assertThat(frenchOnly).contains("<option value=\"FALSE\" selected=\"selected\">False</option>");
        assertThat(site.get("/?language=fr&rating=TRUE").body()).doesNotContain("/checks/" + newest + "\"");
        assertThat(site.get("/?rating=NO_SUCH_RATING").body()).contains("No fact-check matches these filters.");

        assertThat(site.get("/?page=999").statusCode()).isEqualTo(404);
        assertThat(site.get("/?page=zero").statusCode()).isEqualTo(404);
        assertThat(site.get("/?page=-1").statusCode()).isEqualTo(404);
    }

    @Test
    void every_page_names_its_language_and_its_alternates_and_speaks_french_when_asked() {
        String slug = site.slug(workflow.published(
                "Les exportations de vin ont doublé en 2025 selon le rapport.",
                Rating.MOSTLY_FALSE,
                "Elles ont crû de 8 %."));
        for (String path : List.of("/", "/checks/" + slug, "/methodology", "/corrections", "/no-such-page")) {
            String english = site.get(path).body();
            assertThat(english)
                    .as(path)
                    .contains("<html lang=\"en\">")
                    .contains("class=\"skip-link\" href=\"#content\"");
            assertThat(english)
                    .as(path)
                    .containsPattern("<link rel=\"alternate\" hreflang=\"fr\" href=\"http[^\"]+"
                            + path.replace("?", "\\?") + "\\?lang=fr\">")
                    .contains("hreflang=\"x-default\"");
            String french =
                    site.get(path, "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5").body();
            assertThat(french).as(path).contains("<html lang=\"fr\">").contains("Aller au contenu");
            assertThat(site.get(path + "?lang=fr").body()).as(path).contains("<html lang=\"fr\">");
        }
        String page = site.get("/checks/" + slug + "?lang=fr").body();
        assertThat(page).contains("Notre échelle de notes").contains("href=\"/methodology#rating-scale\"");
        // Dates in the reader's language, not ISO: "2 novembre 2026" for the article's day.
        assertThat(page).contains("2 novembre 2026");
        assertThat(site.get("/checks/" + slug).body()).contains("November 2, 2026");
    }

    @Test
    void an_unknown_address_is_a_page_for_browsers_and_problem_details_for_json_clients() throws Exception {
        HttpResponse<String> browser = site.get("/no/such/page", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(browser.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(browser.body()).contains("This page does not exist");
        assertThat(browser.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> anything = site.get("/no/such/page");
        assertThat(anything.statusCode()).isEqualTo(404);
        assertThat(anything.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");

        HttpResponse<String> machine = site.get("/no/such/page", "Accept", "application/json", "Accept-Language", "fr");
        assertThat(machine.statusCode()).isEqualTo(404);
        assertThat(machine.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(machine.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asString()).isEqualTo("Introuvable");
        assertThat(problem.get("instance").asString()).isEqualTo("/no/such/page");

        HttpResponse<String> api = site.get("/api/v1/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}
