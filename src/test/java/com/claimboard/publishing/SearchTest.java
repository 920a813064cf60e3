package com.claimboard.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimService;
import com.claimboard.support.PublicHttp;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public search over real HTTP, on Hibernate Search's Lucene index: French and English read at once
 * (stems, elisions, accents), ranked, words marked, published content only, and a helpful page for a query that
 * cannot be run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
class SearchTest {

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

    @Autowired
    ClaimService claims;

    private PublicHttp site;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        site = new PublicHttp(port);
    }

    @Test
    void french_and_english_claims_are_found_by_stems_elisions_and_folded_accents() {
        String french = site.slug(workflow.published(
                "L'électricité a augmenté de 40 % pour les ménages en 2025, selon le syndicat.",
                Rating.MOSTLY_FALSE, "La hausse moyenne était de 12 %."));
        String english = site.slug(workflow.published(
                "Rents doubled for students in the capital during 2025.", Rating.FALSE, "They rose by a fifth."));

        // Accents folded and the elided article dropped: "electricite" finds "L'électricité".
        assertThat(slugs("electricite")).contains(french);
        assertThat(slugs("l'électricité ménage")).contains(french);
        // French stems: "augmentations"/"augmenté" share "augment"; English: "doubling" and "doubled".
        assertThat(slugs("menages augmente")).contains(french);
        assertThat(slugs("doubling rent")).contains(english).doesNotContain(french);
        // Every word must be found.
        assertThat(slugs("rents electricite")).isEmpty();

        Document page = Jsoup.parse(site.get("/search?q=doubling+rent").body());
        assertThat(page.select(".results .claim mark").eachText()).contains("Rents", "doubled");
        assertThat(page.select("#result-count").text())
                .startsWith("1 fact-check matches")
                .contains("doubling rent");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(Jsoup.parse(site.get("/search?q=electricite&lang=fr").body())
                        .select("#result-count")
                        .text())
                .startsWith("1 vérification correspond");
    }

    @Test
    void a_match_in_the_claim_ranks_above_one_in_the_explanation_and_withdrawn_checks_are_not_found() {
        String inClaim = site.slug(workflow.published(
                "Glaciers in the Alps vanished entirely by 2025, a blogger wrote.", Rating.FALSE, "They shrank."));
        String inSummary = site.slug(workflow.published(
                "Snow cover reached a record low in 2025 in the mountains.",
                Rating.TRUE,
                "Glaciers too, says the survey."));
        assertThat(slugs("glaciers")).containsSubsequence(inClaim, inSummary);

        long withdrawn = workflow.published(
                "Wolves attacked 500 glaciers hikers in 2025 in the national park.", Rating.FALSE, "Two attacks.");
        String withdrawnSlug = site.slug(withdrawn);
        assertThat(slugs("wolves hikers")).contains(withdrawnSlug);
        SignIn.as("eddie", "EDITOR", "REVIEWER");
        try {
            claims.withdraw(withdrawn, claims.claim(withdrawn).version(), "The source turned out to be a hoax.");
        } finally {
            SignIn.out();
        }
        assertThat(slugs("wolves hikers")).doesNotContain(withdrawnSlug);
    }

    @Test
    void what_readers_type_is_escaped_and_a_query_that_cannot_be_run_gets_advice_not_an_error() {
        site.slug(workflow.published(
                "Bread prices tripled in 2025 in every bakery <script>alert(1)</script> of the town.",
                Rating.FALSE,
                "They rose 9 %."));
        String html = site.get("/search?q=bread+tripled").body();
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(Jsoup.parse(html).select(".results .claim mark").eachText()).contains("Bread", "tripled");

        var empty = site.get("/search");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(empty.body()).select("#search-advice").text()).startsWith("Type a few words");
        assertThat(Jsoup.parse(site.get("/search?q=%21%21%21+***").body())
                        .select("#search-advice")
                        .text())
                .startsWith("Your search has no letters or digits");
        var tooLong = site.get("/search?q=" + "a".repeat(201));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(tooLong.body()).select("#search-advice").text())
                .isEqualTo(
                        "Your search has 201 characters; the limit is 200. Keep its most telling words and try again.");
        for (String junk : List.of("%22unbalanced", "a+AND+OR+NOT", "-", "*", "%7B%7D%5B%5D", "(((")) {
            var answer = site.get("/search?q=" + junk);
            assertThat(answer.statusCode()).as(junk).isEqualTo(200);
        }
        assertThat(Jsoup.parse(site.get("/search?q=zzqqxxnothing").body())
                        .select(".search-advice")
                        .text())
                .contains("Try fewer words");
    }

    private List<String> slugs(String query) {
        Document page = Jsoup.parse(
                site.get("/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                        .body());
        return page.select(".results .claim").eachAttr("href").stream()
                .map(href -> href.substring("/checks/".length()))
                .toList();
    }
}
