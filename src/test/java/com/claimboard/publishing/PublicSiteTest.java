package com.claimboard.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimOrigin;
import com.claimboard.claim.ClaimantKind;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public site over real HTTP: published content only, no session, and ClaimReview for machines. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class PublicSiteTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    com.claimboard.source.SourceService sources;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
    }

    @Test
    void crawlers_are_kept_out_of_the_workspace_and_given_every_standing_page() throws Exception {
        long claimId = workflow.published(
                "Le prix du pain a triplé depuis 2020, selon un boulanger.", Rating.FALSE, "It rose by a third.");
        String slug = get("/checks/by-claim/" + claimId)
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst(".*/checks/", "");

        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(robots.body()).contains("Disallow: /app/").contains("Disallow: /login");
        assertThat(robots.body()).containsPattern("Sitemap: https?://[^\\s]+/sitemap.xml");

        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(
                        sitemap.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        var locations = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        java.util.List<String> urls = java.util.stream.IntStream.range(0, locations.getLength())
                .mapToObj(i -> locations.item(i).getTextContent())
                .toList();
        assertThat(urls).anyMatch(url -> url.endsWith("/checks/" + slug));
        assertThat(urls).anyMatch(url -> url.endsWith("/methodology"));
        assertThat(urls).noneMatch(url -> url.contains("/app"));
        assertThat(sitemap.body())
                .containsPattern("/checks/" + java.util.regex.Pattern.quote(slug)
                        + "</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>");
    }

    @Test
    void the_splitters_guess_at_the_claimant_is_never_published_only_a_confirmed_one() throws Exception {
        long guessed = workflow.published(
                "Les loyers ont doublé en dix ans, a déclaré le maire.", Rating.FALSE, "They rose by 40 percent.");
        String page = get(URI.create(get("/checks/by-claim/" + guessed)
                                .headers()
                                .firstValue("Location")
                                .orElseThrow())
                        .getPath())
                .body();
        assertThat(page).doesNotContain("Claimed by");
        ClaimReviewFields.assertComplete(jsonLd(page));
        JsonNode claim = jsonLd(page).get("itemReviewed");
        assertThat(claim.has("author")).isFalse();

        long confirmed = workflow.published(
                "Le gouvernement a créé 200 000 emplois, selon le ministère.",
                Rating.HALF_TRUE,
                "About 120,000.",
                new ClaimOrigin("Ministère du Travail", ClaimantKind.ORGANIZATION, null, null));
        String second = get(URI.create(get("/checks/by-claim/" + confirmed)
                                .headers()
                                .firstValue("Location")
                                .orElseThrow())
                        .getPath())
                .body();
        assertThat(second).contains("Claimed by Ministère du Travail");
        JsonNode author = jsonLd(second).get("itemReviewed").get("author");
        assertThat(author.get("@type").asString()).isEqualTo("Organization");
        assertThat(author.get("name").asString()).isEqualTo("Ministère du Travail");
    }

    @Test
    void a_published_check_is_served_without_a_session_and_with_claim_review_markup() throws Exception {
        long claimId = workflow.published(
                "Le chômage a baissé de 12 % en un an, a déclaré le ministre.",
                Rating.MOSTLY_FALSE,
                "It fell by 2 percent, not 12.",
                new ClaimOrigin(
                        "le ministre",
                        ClaimantKind.PERSON,
                        java.time.LocalDate.of(2026, 10, 30),
                        "https://video.example.org/interview"));

        HttpResponse<String> redirect = get("/checks/by-claim/" + claimId);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String path = URI.create(redirect.headers().firstValue("Location").orElseThrow())
                .getPath();

        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("public"));
        assertThat(page.body())
                .contains(
                        "Le chômage a baissé de 12 %",
                        "Mostly false",
                        "It fell by 2 percent, not 12.",
                        "Line two.",
                        "Rita Reviewer",
                        "Eddie Editor",
                        "Example News",
                        "le ministre");

        JsonNode review = jsonLd(page.body());
        ClaimReviewFields.assertComplete(review);
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asString()).startsWith("Le chômage a baissé");
        assertThat(review.get("url").asString())
                .as("the configured public address (here the default), not the request's")
                .isEqualTo("http://localhost:8080" + path);
        assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(review.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("alternateName").asString()).isEqualTo("Mostly false");
        assertThat(rating.get("ratingValue").asInt()).isEqualTo(2);
        assertThat(rating.get("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        JsonNode claim = review.get("itemReviewed");
        assertThat(claim.get("@type").asString()).isEqualTo("Claim");
        assertThat(claim.get("author").get("name").asString()).isEqualTo("le ministre");
        assertThat(claim.get("author").get("@type").asString()).isEqualTo("Person");
        assertThat(claim.get("datePublished").asString()).isEqualTo("2026-10-30");
        assertThat(claim.get("inLanguage").asString()).isEqualTo("fr");
        assertThat(claim.get("appearance").get(0).get("url").asString())
                .isEqualTo("https://video.example.org/interview");
        assertThat(claim.get("appearance").get(1).get("url").asString()).isEqualTo("https://news.example.com/a");
        assertThat(page.body())
                .contains("<blockquote class=\"claim-text\" lang=\"fr\">", "Claim made on", "2026-10-30");

        Matcher snapshotLink = Pattern.compile("href=\"(" + Pattern.quote(path) + "/sources/\\d+)\"")
                .matcher(page.body());
        assertThat(snapshotLink.find()).isTrue();
        HttpResponse<String> snapshot = get(snapshotLink.group(1));
        assertThat(snapshot.statusCode()).isEqualTo(200);
        assertThat(snapshot.body()).contains("7.1 percent");
        assertThat(snapshot.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(path);
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_rating_off_the_scale_is_published_by_name_only() throws Exception {
        long claimId = workflow.published(
                "The mayor said the tram carries a million people a day.",
                Rating.MISLEADING,
                "It counts every transfer.");

        JsonNode rating =
                jsonLd(get(location(get("/checks/by-claim/" + claimId))).body()).get("reviewRating");

        assertThat(rating.get("alternateName").asString()).isEqualTo("Misleading");
        assertThat(rating.has("ratingValue")).isFalse();
        assertThat(rating.has("bestRating")).isFalse();
    }

    @Test
    void nothing_unpublished_is_visible_to_the_public() throws Exception {
        var proposed = workflow.proposed("Taxes rose by 40 percent under this government.", Rating.FALSE, "Not so.");

        assertThat(get("/checks/by-claim/" + proposed.claimId()).statusCode()).isEqualTo(404);
        assertThat(get("/checks/taxes-rose-by-40-percent-under-this-government-" + proposed.claimId())
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/").body()).doesNotContain("Taxes rose by 40 percent");
    }

    @Test
    void a_snapshot_is_served_only_through_the_check_that_cites_it() throws Exception {
        long published =
                workflow.published("Bread costs 3 euros a loaf, the baker said.", Rating.FALSE, "It costs 1.40.");
        var unpublished = workflow.proposed("Milk costs 4 euros a litre.", Rating.FALSE, "It costs 1.10.");
        String path = location(get("/checks/by-claim/" + published));

        Matcher link = Pattern.compile("/sources/(\\d+)").matcher(get(path).body());
        assertThat(link.find()).isTrue();
        assertThat(get(path + "/sources/" + link.group(1)).statusCode()).isEqualTo(200);
        SignIn.as("rita", "REVIEWER");
        long unpublishedSource =
                sources.sourcesOf(unpublished.claimId()).getFirst().id();
        SignIn.out();

        assertThat(get(path + "/sources/" + unpublishedSource).statusCode())
                .as("a stored source of an unpublished claim, asked for through a published check")
                .isEqualTo(404);
    }

    @Test
    void user_text_is_escaped_in_the_page_and_cannot_close_the_json_ld_script() throws Exception {
        long claimId = workflow.published(
                "He wrote </script><script>alert(1)</script> on 2 posters.",
                Rating.TRUE,
                "He did write it <b>twice</b>.");

        String body = get(location(get("/checks/by-claim/" + claimId))).body();

        assertThat(body).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>twice</b>");
        assertThat(jsonLd(body).get("claimReviewed").asString()).contains("</script><script>alert(1)</script>");
    }

    @Test
    void the_workspace_needs_a_sign_in() throws Exception {
        HttpResponse<String> app = get("/app");

        assertThat(app.statusCode()).isEqualTo(302);
        assertThat(app.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        return URI.create(redirect.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    private static JsonNode jsonLd(String html) {
        Matcher matcher = JSON_LD.matcher(html);
        assertThat(matcher.find()).as("page carries JSON-LD").isTrue();
        return JsonMapper.builder().build().readTree(matcher.group(1));
    }
}
