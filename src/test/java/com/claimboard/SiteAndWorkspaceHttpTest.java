package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.account.Role;
import com.claimboard.support.FailingPage;
import com.claimboard.support.HttpSession;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application over real HTTP, as browsers, crawlers and attackers see it: every address answers in the site's
 * own words with the right status, every response carries its security headers, and what a request says about
 * itself (its Host) never ends up in a page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "claimboard.public-base-url=https://checks.example.org")
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class, FailingPage.class})
@Tag(TestDatabase.TAG)
@ExtendWith(OutputCaptureExtension.class)
class SiteAndWorkspaceHttpTest {

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

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        if (!accounts.exists("ada")) {
            accounts.createAccount("ada", "Ada Admin", "ada-password", EnumSet.of(Role.ADMIN));
        }
    }

    private HttpSession browser() {
        return new HttpSession(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/nowhere",
                "/feeds/latest.atom",
                "/checks/not-a-published-check-1",
                "/articles/999999",
                "/public/missing.css",
                "/favicon.ico",
                "/index.php?page=1",
                "/.env",
                "/appendix"
            })
    void an_unknown_public_address_gets_the_sites_own_404_without_a_session(String path) {
        HttpResponse<String> answer = browser().get(path, "Accept", "text/html");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body())
                .contains("<h1>Not found</h1>", "site-header", "Staff sign-in")
                .doesNotContain("Could not navigate");
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue(com.claimboard.account.SecurityPolicies.PUBLIC_SITE);
    }

    @Test
    void public_pages_carry_a_strict_policy_and_may_not_be_framed() {
        HttpResponse<String> home = browser().get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        String policy = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("default-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void workspace_pages_carry_their_policy_a_lax_session_cookie_and_may_not_be_framed() {
        HttpResponse<String> login = browser().get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_an_https_proxy_the_session_cookie_is_secure_and_hsts_is_sent() {
        HttpResponse<String> login = browser().get("/login", "X-Forwarded-Proto", "https");
        HttpResponse<String> home = browser().get("/", "X-Forwarded-Proto", "https");

        assertThat(login.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).contains("Secure", "SameSite=Lax"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(home.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void absolute_addresses_come_from_the_configured_base_never_from_the_host_header() {
        long claimId =
                workflow.published("The tunnel cost 9 billion euros, the mayor said.", Rating.FALSE, "It cost 4.");
        String path = java.net
                .URI
                .create(browser()
                        .get("/checks/by-claim/" + claimId)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .getPath();

        String page = HttpSession.rawGet(port, path, Map.of("Host", "evil.example"));

        assertThat(page).startsWith("HTTP/1.1 200");
        assertThat(page)
                .contains("\"url\":\"https://checks.example.org" + path + "\"")
                .doesNotContain("evil.example");
    }

    @Test
    void a_server_error_shows_a_reference_that_is_in_the_log_and_no_trace(CapturedOutput log) {
        HttpResponse<String> answer = browser().get(FailingPage.PATH, "Accept", "text/html");

        assertThat(answer.statusCode()).isEqualTo(500);
        Matcher reference = Pattern.compile("E-[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(answer.body());
        assertThat(reference.find()).as("the page gives a reference").isTrue();
        assertThat(answer.body())
                .contains("Something went wrong")
                .doesNotContain(FailingPage.FAULT)
                .doesNotContain("IllegalStateException")
                .doesNotContain("at com.claimboard");
        assertThat(log.getAll()).contains("reference " + reference.group(), FailingPage.FAULT);
    }

    @Test
    void the_sign_in_form_is_refused_without_its_csrf_token() {
        HttpSession browser = browser();
        browser.get("/login");

        HttpResponse<String> withoutToken =
                browser.post("/login", Map.of("username", "rita", "password", "rita-password"));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(browser.get("/app/home").statusCode()).as("not signed in").isEqualTo(302);

        HttpResponse<String> withToken = browser.signIn("rita", "rita-password");
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/app/home"));
    }

    @Test
    void a_workspace_address_that_leads_nowhere_or_is_not_allowed_answers_404_or_403() {
        HttpSession rita = browser();
        rita.signIn("rita", "rita-password");
        HttpResponse<String> nowhere = rita.get("/app/no-such-page");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body())
                .contains("There is nothing at this address in the workspace")
                .doesNotContain("Could not navigate");
        HttpResponse<String> review = rita.get("/app/review");
        assertThat(review.statusCode()).isEqualTo(403);
        assertThat(review.body()).contains("Your roles do not open this page");
        assertThat(rita.get("/app/claims/987654321").statusCode()).isEqualTo(404);
        assertThat(rita.get("/app").statusCode()).isEqualTo(200);

        HttpSession ada = browser();
        ada.signIn("ada", "ada-password");
        assertThat(ada.get("/app/home").statusCode())
                .as("the admin's home exists")
                .isEqualTo(200);
        assertThat(ada.get("/app").statusCode()).isEqualTo(403);
        assertThat(ada.get("/app/no-such-page").statusCode()).isEqualTo(404);

        HttpResponse<String> anonymous = browser().get("/app/no-such-page");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada:ada-password", "rita:rita-password", "eddie:eddie-password"})
    void logout_works_for_every_role(String credentials) {
        String[] user = credentials.split(":");
        HttpSession browser = browser();
        browser.signIn(user[0], user[1]);
        assertThat(browser.get("/app/home").statusCode()).isEqualTo(200);

        assertThat(browser.get("/logout").statusCode()).as("the sign-out page").isEqualTo(200);
        HttpResponse<String> out = browser.post("/logout", Map.of("_csrf", browser.csrfToken()));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(browser.get("/app/home").statusCode()).as("signed out").isEqualTo(302);
        assertThat(browser().get("/logout").statusCode())
                .as("for someone signed out too")
                .isEqualTo(200);
    }
}
