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
import java.util.List;
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
 * Conditional requests and the site's own copies of its pages, over real HTTP: an ETag and Last-Modified on
 * every public answer, 304 when the reader has it, CDN-friendly caching, and a publication seen at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
class ConditionalRequestsTest {

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
    void every_public_page_has_validators_and_answers_304_when_the_reader_has_it() {
        String path = site.checkPath(
                workflow.published("Bus fares rose by 40 percent in 2025 across the city.", Rating.FALSE, "By 4 %."));
        for (String page :
                List.of("/", path, "/methodology", "/corrections", "/sitemap.xml", "/robots.txt", "/?lang=fr")) {
            HttpResponse<String> first = site.get(page);
            assertThat(first.statusCode()).as(page).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                    .as(page)
                    .startsWith("public, max-age=");
            assertThat(first.headers().firstValue("Set-Cookie")).as(page).isEmpty();
            assertThat(first.headers().firstValue("Content-Security-Policy"))
                    .as(page)
                    .isPresent();

            HttpResponse<String> again = site.get(page, "If-None-Match", etag);
            assertThat(again.statusCode()).as(page).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).contains(etag);
            assertThat(again.headers().firstValue("Content-Security-Policy"))
                    .as(page)
                    .isPresent();
            assertThat(site.get(page, "If-None-Match", "W/" + etag + ", \"other\"")
                            .statusCode())
                    .isEqualTo(304);
            assertThat(site.get(page, "If-Modified-Since", lastModified).statusCode())
                    .as(page)
                    .isEqualTo(304);
            assertThat(site.get(page, "If-None-Match", "\"something-else\"").statusCode())
                    .isEqualTo(200);

            HttpResponse<String> head = site.send(page, "HEAD");
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("ETag")).contains(etag);
        }
        // A page whose language comes from Accept-Language says so to shared caches; one that names it does not.
        assertThat(site.get("/").headers().allValues("Vary")).contains("Accept-Language");
        assertThat(site.get("/?lang=fr").headers().allValues("Vary")).doesNotContain("Accept-Language");
        assertThat(site.get("/api/v1/claim-reviews").headers().allValues("Vary"))
                .doesNotContain("Accept-Language");
        // Each language is its own answer, with its own tag.
        assertThat(site.get("/").headers().firstValue("ETag"))
                .isNotEqualTo(site.get("/?lang=fr").headers().firstValue("ETag"));
        assertThat(site.get("/", "Accept-Language", "fr").body()).contains("<html lang=\"fr\">");
        assertThat(site.get("/", "Accept-Language", "en").body()).contains("<html lang=\"en\">");
    }

    @Test
    void a_publication_or_a_correction_is_seen_at_once_despite_the_kept_copies() {
        String home = site.get("/").body();
        String etag = site.get("/").headers().firstValue("ETag").orElseThrow();
        long claimId = workflow.published(
                "Rents doubled in ten years across the whole region.", Rating.FALSE, "They rose 30 %.");
        String path = site.checkPath(claimId);
        assertThat(home).doesNotContain(path);
        HttpResponse<String> after = site.get("/", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains(path);

        HttpResponse<String> page = site.get(path);
        assertThat(page.body()).contains("They rose 30 %.");
        String pageTag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get(path, "If-None-Match", pageTag).statusCode()).isEqualTo(304);
    }

    @Test
    void a_missing_page_is_kept_briefly_and_is_found_once_published() {
        HttpResponse<String> missing = site.get("/checks/not-yet-published-0");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60");
        assertThat(site.get("/checks/not-yet-published-0").statusCode()).isEqualTo(404);
        assertThat(site.get("/checks/not-yet-published-0", "Accept", "application/json")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow())
                .startsWith("application/problem+json");
    }
}
