package com.claimboard.organisation;

import static com.claimboard.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.account.AccountService;
import com.claimboard.shared.TextLimit;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
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
 * The organisation as admins set it and the public site shows it, over real HTTP: its name and logo on every
 * page and in ClaimReview, its methodology (Markdown, cleaned) with the rating scale at /methodology, and the
 * checks on what is uploaded and typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class OrganisationTest {

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
    OrganisationService organisation;

    @Autowired
    WorkflowDriver workflow;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void signInAsAdmin() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        SignIn.as("admin", "ADMIN");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_methodology_is_written_in_markdown_cleaned_and_shown_with_the_rating_scale() throws Exception {
        organisation.describe(
                organisation.profile().version(), "Vérif'Info", "https://verif.example.org", "Desk@Example.org", """
                # How we work

                We check **claims** made in public. <script>alert('md')</script>
                [Our charter](https://verif.example.org/charter) and [a trap](javascript:alert(1)).

                <img src="https://tracker.example.net/p.gif" onerror="alert(2)">
                """);

        String page = get("/methodology").body();
        assertThat(page)
                .contains("<h1>How we work</h1>", "<strong>claims</strong>")
                .contains("href=\"https://verif.example.org/charter\"", "rel=\"nofollow noopener noreferrer\"")
                .contains("mailto:desk@example.org", "Vérif&#39;Info")
                .as("raw HTML in the Markdown is shown as text, never as markup")
                .contains("&lt;script&gt;alert('md')&lt;/script&gt;", "&lt;img src=")
                .doesNotContain("<script>alert", "<img src=\"https://tracker", "javascript:");
        assertThat(page).contains("Mostly false", "The claim is not accurate.", "4 on a scale of 1 to 5");
        assertThat(get("/").body()).contains("Vérif&#39;Info");
    }

    @Test
    void the_logo_heads_every_page_and_is_claim_reviews_author_logo() throws Exception {
        byte[] png = png();
        OrganisationProfile withLogo =
                organisation.setLogo(organisation.profile().version(), "logo.png", png);
        SignIn.out();
        long claimId = workflow.published("Le taux de chômage est de 7 %, a dit la ministre.", Rating.TRUE, "It is.");

        HttpResponse<byte[]> logo = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/organisation/logo?v=" + withLogo.logoVersion()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(logo.body()).isEqualTo(png);
        assertThat(get("/").body()).contains("class=\"site-logo\"", "/organisation/logo?v=" + withLogo.logoVersion());
        HttpResponse<String> redirect = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/checks/by-claim/" + claimId))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String check = get(URI.create(redirect.headers().firstValue("Location").orElseThrow())
                        .getPath())
                .body();
        assertThat(check).contains("\"logo\":{\"@type\":\"ImageObject\"", "/organisation/logo?v=");
    }

    @Test
    void an_svg_logo_is_kept_without_anything_that_could_run_and_other_files_are_refused() {
        String svg = """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"
                     onload="alert(1)">
                  <script>alert(2)</script>
                  <foreignObject><iframe src="https://evil.example"></iframe></foreignObject>
                  <a xlink:href="javascript:alert(3)"><rect width="10" height="10" fill="#c00"/></a>
                  <circle cx="5" cy="5" r="4" style="fill:url(https://evil.example/x)" fill="#036"/>
                </svg>""";
        OrganisationProfile saved = organisation.setLogo(
                organisation.profile().version(), "logo.svg", svg.getBytes(StandardCharsets.UTF_8));

        String stored = new String(organisation.logo().orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertThat(organisation.logo().orElseThrow().type()).isEqualTo("image/svg+xml");
        assertThat(stored)
                .contains("<svg", "<circle", "fill=\"#036\"")
                .doesNotContain("onload", "script", "foreignObject", "iframe", "javascript", "evil.example");

        assertRefused(
                () -> organisation.setLogo(
                        saved.version(), "logo.png", "not an image".getBytes(StandardCharsets.UTF_8)),
                "organisation.error.logo-not-image");
        assertRefused(
                () -> organisation.setLogo(
                        saved.version(), "huge.png", new byte[OrganisationLimits.LOGO_MAX_BYTES + 1]),
                "organisation.error.logo-too-large");
        assertRefused(
                () -> organisation.setLogo(saved.version(), "empty.png", new byte[0]), "organisation.error.logo-empty");
    }

    @Test
    void the_identity_is_checked_field_by_field_and_only_an_admin_changes_it() {
        long version = organisation.profile().version();
        assertRefused(() -> organisation.describe(version, " ", null, null, null), "organisation.error.name-required");
        assertRefused(
                () -> organisation.describe(version, "Desk", "javascript:alert(1)", null, null),
                "error.not-web-address");
        assertRefused(
                () -> organisation.describe(version, "Desk", null, "not-mail", null), "account.error.email-invalid");
        for (TextLimit limit : new TextLimit[] {OrganisationLimits.NAME, OrganisationLimits.METHODOLOGY}) {
            String over = "x".repeat(limit.max() + 1);
            assertThatThrownBy(() -> organisation.describe(
                            version,
                            limit == OrganisationLimits.NAME ? over : "Desk",
                            null,
                            null,
                            limit == OrganisationLimits.METHODOLOGY ? over : null))
                    .isInstanceOf(TextLimit.TooLong.class);
        }
        assertThat(organisation.profile().version()).as("nothing saved").isEqualTo(version);
        assertRefused(() -> organisation.describe(version + 7, "Desk", null, null, null), "organisation.error.stale");

        SignIn.as("eddie", "REVIEWER", "EDITOR");
        assertThatThrownBy(() -> organisation.describe(version, "Mine now", null, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.setLogo(version, "x.png", new byte[] {1}))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.removeLogo(version)).isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 2, 0xCC0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
