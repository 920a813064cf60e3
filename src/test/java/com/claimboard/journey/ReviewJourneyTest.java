package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestSourceSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole loop in real headless Chromium: a reviewer imports the seed article, takes a card, attaches a
 * source served by a local web site and proposes a verdict; an editor approves it in a second browser; an
 * anonymous reader opens the public page and finds the rating and the ClaimReview JSON-LD.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSourceSite.class)
class ReviewJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LocalHttpServer sourceSite;

    private WebDriver reviewer;
    private WebDriver editor;
    private WebDriver reader;

    @BeforeEach
    void setUp() {
        Browsers.requireInstalled();
        TestAccounts.ensure(accounts);
    }

    @AfterEach
    void closeBrowsers(org.junit.jupiter.api.TestInfo test) throws IOException {
        int index = 0;
        for (WebDriver driver : new WebDriver[] {reviewer, editor, reader}) {
            index++;
            if (driver != null) {
                // Kept for whoever reads a failed run: what each browser last showed.
                java.nio.file.Path dir = java.nio.file.Path.of("target", "journey");
                java.nio.file.Files.createDirectories(dir);
                java.nio.file.Files.writeString(dir.resolve("browser-" + index + ".html"), driver.getPageSource());
                java.nio.file.Files.write(
                        dir.resolve("browser-" + index + ".png"),
                        ((org.openqa.selenium.TakesScreenshot) driver)
                                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                java.nio.file.Files.write(
                        dir.resolve("browser-" + index + "-console.txt"),
                        driver.manage().logs().get("browser").getAll().stream()
                                .map(Object::toString)
                                .toList());
                driver.quit();
            }
        }
    }

    @Test
    void a_claim_goes_from_import_to_a_public_fact_check() throws IOException {
        String base = "http://localhost:" + port;

        reviewer = Browsers.open();
        WorkspacePage rita = new WorkspacePage(reviewer, base).signIn("rita", "rita-password");
        rita.importArticle("Poutine et Scholz : le compte rendu du Kremlin", seedArticle());
        String claimId = rita.openClaimFromBoard("Kiev affirme que");
        assertThat(rita.state()).isEqualTo("New");
        rita.take();
        rita.attachSource(sourceSite.url(TestSourceSite.ARTICLE_PATH));
        assertThat(rita.waitForSourceStatus("Stored")).contains("Unemployment statistics, third quarter");
        rita.draftVerdict(
                        "Mostly true",
                        "Kyiv did set these conditions for talks.",
                        "Ukrainian officials repeated the conditions throughout the autumn.")
                .propose();

        editor = Browsers.open();
        new WorkspacePage(editor, base)
                .signIn("eddie", "eddie-password")
                .openClaim(claimId)
                .approve();

        reader = Browsers.open();
        PublicCheckPage page = new PublicCheckPage(reader, base, claimId);
        assertThat(page.url()).contains("/checks/kiev-affirme-que");
        assertThat(page.rating()).isEqualTo("Mostly true");
        assertThat(page.claimText()).startsWith("Kiev affirme que des pourparlers de paix");
        JsonNode review = JsonMapper.builder().build().readTree(page.jsonLd());
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(4);
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("Mostly true");
        assertThat(review.get("itemReviewed").get("author").get("name").asString())
                .isEqualTo("Kiev");
    }

    private static String seedArticle() throws IOException {
        try (InputStream in = ReviewJourneyTest.class.getClassLoader().getResourceAsStream("seed/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
