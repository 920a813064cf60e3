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
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/**
 * The site for machines over real HTTP: the Atom feed parsed by Rome as a feed reader would, the ClaimReview API
 * and its DataFeed and OpenAPI description parsed as JSON, CORS, the per-client budget, and no cookie anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class MachineEndpointsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void the_atom_feed_is_read_by_a_feed_library_per_rating_and_language_too() throws Exception {
        String english = site.slug(workflow.published(
                "Coal made up 60 percent of the country's power in 2025.", Rating.FALSE, "It was 19 %."));
        String french = site.slug(workflow.published(
                "Le charbon a produit 60 % de l'électricité du pays en 2025.", Rating.MOSTLY_FALSE, "Plutôt 19 %."));

        HttpResponse<String> answer = site.get("/feed.atom");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(answer.headers().firstValue("ETag")).isPresent();
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).endsWith("/feed.atom");
        SyndEntry entry = entryFor(feed, french);
        assertThat(entry.getTitle()).contains("Mostly false").contains("Le charbon a produit 60 %");
        assertThat(entry.getDescription().getValue()).isEqualTo("Plutôt 19 %.");
        assertThat(entry.getCategories().getFirst().getName()).isEqualTo("MOSTLY_FALSE");
        assertThat(entry.getPublishedDate()).isNotNull();
        assertThat(entry.getUpdatedDate()).isNotNull();

        SyndFeed onlyFalse = new SyndFeedInput()
                .build(new StringReader(site.get("/feed.atom?rating=FALSE").body()));
        assertThat(links(onlyFalse))
                .anyMatch(link -> link.endsWith("/checks/" + english))
                .noneMatch(link -> link.endsWith("/checks/" + french));
        SyndFeed onlyFrench = new SyndFeedInput()
                .build(new StringReader(
                        site.get("/feed.atom?language=fr&lang=fr").body()));
        assertThat(links(onlyFrench))
                .anyMatch(link -> link.endsWith("/checks/" + french))
                .noneMatch(link -> link.endsWith("/checks/" + english));
        assertThat(entryFor(onlyFrench, french).getTitle()).startsWith("Plutôt faux");
        assertThat(site.get("/").body())
                .contains("type=\"application/atom+xml\"")
                .contains("href=\"/feed.atom\"");
    }

    @Test
    void the_api_pages_by_cursor_filters_and_answers_conditional_requests() throws Exception {
        Set<String> mine = new HashSet<>();
        for (int i = 1; i <= 3; i++) {
            mine.add(site.slug(workflow.published(
                    "Factory output grew " + (10 * i) + " percent in 2025 in district " + i + ".",
                    Rating.FALSE,
                    "No: " + i + " %.")));
        }
        // Every page, following next, until there is none: each of mine exactly once.
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/claim-reviews?limit=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> answer = site.get(next);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/json");
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains("*");
            JsonNode body = JSON.readTree(answer.body());
            assertThat(body.get("items").size()).isLessThanOrEqualTo(2);
            for (JsonNode review : body.get("items")) {
                ClaimReviewFields.assertComplete(review);
                seen.add(review.get("url").asString().replaceFirst(".*/checks/", ""));
            }
            next = body.get("next").isNull()
                    ? null
                    : URI.create(body.get("next").asString()).getRawPath() + "?"
                            + URI.create(body.get("next").asString()).getRawQuery();
            if (next != null) {
                assertThat(answer.headers().firstValue("Link").orElseThrow()).contains("rel=\"next\"");
            }
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(seen).containsAll(mine).doesNotHaveDuplicates();

        // since: only what changed from then on.
        HttpResponse<String> later = site.get("/api/v1/claim-reviews?since=2999-01-01");
        assertThat(JSON.readTree(later.body()).get("items").size()).isZero();
        assertThat(JSON.readTree(site.get("/api/v1/claim-reviews?since=2020-01-01T00:00:00Z&rating=FALSE")
                                .body())
                        .get("items")
                        .size())
                .isGreaterThanOrEqualTo(3);
        assertThat(JSON.readTree(site.get("/api/v1/claim-reviews?language=xx").body())
                        .get("items")
                        .size())
                .isZero();

        String slug = mine.iterator().next();
        HttpResponse<String> one = site.get("/api/v1/claim-reviews/" + slug);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        ClaimReviewFields.assertComplete(JSON.readTree(one.body()));
        String etag = one.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get("/api/v1/claim-reviews/" + slug, "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(site.get("/api/v1/claim-reviews/no-such-check-1").statusCode())
                .isEqualTo(404);

        for (String bad : List.of("since=yesterday", "limit=0", "limit=1000", "cursor=not-a-cursor")) {
            HttpResponse<String> refused = site.get("/api/v1/claim-reviews?" + bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(JSON.readTree(refused.body()).get("detail").asString())
                    .as(bad)
                    .isNotBlank();
        }
    }

    @Test
    void the_data_feed_carries_every_claim_review_for_aggregators() throws Exception {
        String slug = site.slug(workflow.published(
                "The new bridge cost 3 billion euros to build in 2024.", Rating.TRUE, "It did, says the audit."));
        HttpResponse<String> answer = site.get("/api/v1/data-feed");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode feed = JSON.readTree(answer.body());
        assertThat(feed.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(feed.get("@type").asString()).isEqualTo("DataFeed");
        JsonNode mine = null;
        for (JsonNode element : feed.get("dataFeedElement")) {
            assertThat(element.get("@type").asString()).isEqualTo("DataFeedItem");
            JsonNode review = element.get("item").get(0);
            if (review.get("url").asString().endsWith("/checks/" + slug)) {
                mine = review;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("@type").asString()).isEqualTo("ClaimReview");
    }

    @Test
    void the_openapi_description_is_generated_and_describes_the_api() throws Exception {
        HttpResponse<String> answer = site.get("/api/v1/openapi.json");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode description = JSON.readTree(answer.body());
        assertThat(description.get("openapi").asString()).startsWith("3.");
        assertThat(description.get("paths").has("/api/v1/claim-reviews")).isTrue();
        assertThat(description.get("paths").has("/api/v1/claim-reviews/{slug}")).isTrue();
        assertThat(description.get("paths").has("/api/v1/data-feed")).isTrue();
        assertThat(description.get("paths").properties().stream().map(java.util.Map.Entry::getKey))
                .allMatch(path -> path.startsWith("/api/v1/") || path.equals("/oembed"));
    }

    @Test
    void the_api_is_open_to_other_origins_for_reading() {
        HttpResponse<String> preflight = site.send(
                "/api/v1/claim-reviews",
                "OPTIONS",
                "Origin",
                "https://other-newsroom.example",
                "Access-Control-Request-Method",
                "GET");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("*");
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElseThrow())
                .contains("GET");

        HttpResponse<String> read = site.get("/api/v1/claim-reviews", "Origin", "https://other-newsroom.example");
        assertThat(read.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();
        // A kept copy is sent with the header once, not twice.
        assertThat(site.get("/api/v1/claim-reviews").headers().allValues("Access-Control-Allow-Origin"))
                .containsExactly("*");
        assertThat(site.send("/api/v1/claim-reviews", "POST").statusCode()).isIn(403, 405);
    }

    @Test
    void each_client_has_a_request_budget_and_is_told_when_to_come_back() {
        String greedy = "203.0.113.77";
        int refusedAt = -1;
        HttpResponse<String> refused = null;
        for (int i = 1; i <= 200 && refused == null; i++) {
            HttpResponse<String> answer = site.get("/api/v1/claim-reviews", "X-Forwarded-For", greedy);
            if (answer.statusCode() == 429) {
                refused = answer;
                refusedAt = i;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refusedAt).isGreaterThan(50);
        assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        // Another client is not held back by the first.
        assertThat(site.get("/api/v1/claim-reviews", "X-Forwarded-For", "203.0.113.78")
                        .statusCode())
                .isEqualTo(200);
        // Pages for readers have no budget.
        assertThat(site.get("/", "X-Forwarded-For", greedy).statusCode()).isEqualTo(200);
    }

    private static SyndEntry entryFor(SyndFeed feed, String slug) {
        return feed.getEntries().stream()
                .filter(entry -> entry.getLink().endsWith("/checks/" + slug))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + slug));
    }

    private static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }
}
