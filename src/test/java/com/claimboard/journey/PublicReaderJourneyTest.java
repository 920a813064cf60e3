package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * In real Chromium, an anonymous reader through every public page: the home page and its filters, a fact-check
 * and its legend, the methodology, the annotated article, search from the header, the other language, the
 * card framed by another site; and axe-core finds no violation on any public page (and the sign-in page), at
 * desktop and phone widths, in English and French.
 */
@Import({com.claimboard.support.TestSourceSite.class, WorkflowDriver.class})
class PublicReaderJourneyTest extends JourneyTest {

    @Autowired
    WorkflowDriver workflow;

    @Test
    void an_anonymous_reader_goes_through_every_public_page() {
        long french = workflow.published(
                "L'électricité a augmenté de 40 % pour les ménages en 2025, selon le syndicat.",
                Rating.FALSE, "La hausse moyenne était de 12 %.");
        workflow.published("Rents doubled for students in the capital during 2025.", Rating.TRUE, "The survey agrees.");
        String base = baseUrl();
        WebDriver reader = openBrowser();
        WebDriverWait wait = new WebDriverWait(reader, Duration.ofSeconds(10));

        reader.get(base + "/");
        new Select(reader.findElement(By.id("filter-rating"))).selectByVisibleText("False");
        reader.findElement(By.cssSelector(".filters button[type=submit]")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("rating=FALSE"));
        List<String> claims = reader.findElements(By.cssSelector(".check-card .claim")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(claims)
                .anyMatch(text -> text.startsWith("L'électricité a augmenté"))
                .noneMatch(text -> text.startsWith("Rents doubled"));

        reader.findElement(By.partialLinkText("L'électricité a augmenté")).click();
        wait.until(
                driver -> driver.findElements(By.cssSelector(".rating-legend")).size() == 1);
        assertThat(reader.findElement(By.cssSelector(".verdict .rating")).getText())
                .isEqualTo("False");
        String checkUrl = reader.getCurrentUrl();

        reader.findElement(By.cssSelector(".rating-legend a[href='/methodology#rating-scale']"))
                .click();
        wait.until(driver -> driver.getCurrentUrl().endsWith("/methodology#rating-scale"));
        assertThat(reader.findElement(By.id("rating-scale")).getText()).contains("False");

        reader.get(checkUrl);
        reader.findElement(By.cssSelector("a.in-article")).click();
        wait.until(driver ->
                driver.findElements(By.cssSelector("mark.checked-claim")).size() == 1);
        assertThat(reader.findElement(By.cssSelector("a.claim-rating")).getText())
                .isEqualTo("False");
        reader.findElement(By.cssSelector("mark.checked-claim a")).click();
        wait.until(driver -> driver.getCurrentUrl().equals(checkUrl));

        WebElement box = reader.findElement(By.id("site-search-q"));
        box.sendKeys("electricite menages", Keys.ENTER);
        wait.until(driver -> driver.getCurrentUrl().contains("/search?q=electricite"));
        assertThat(reader.findElements(By.cssSelector(".results .claim mark")).stream()
                        .map(WebElement::getText))
                .contains("L'électricité", "ménages");

        reader.findElement(By.cssSelector("a.language-switch")).click();
        wait.until(driver ->
                driver.findElement(By.tagName("html")).getAttribute("lang").equals("fr"));
        assertThat(reader.findElement(By.id("result-count")).getText()).startsWith("1 vérification correspond");

        // Another site frames the card; the fact-check page itself may not be framed.
        String slug = checkUrl.substring(checkUrl.indexOf("/checks/") + "/checks/".length());
        try (LocalHttpServer otherSite = new LocalHttpServer()) {
            otherSite.html(
                    "/story",
                    "<!DOCTYPE html><html lang=\"en\"><head><title>Other newsroom</title></head><body>"
                            + "<iframe id=\"card\" title=\"card\" width=\"560\" height=\"320\" src=\"" + base
                            + "/embed/checks/"
                            + slug + "\"></iframe><iframe id=\"page\" title=\"page\" src=\"" + checkUrl
                            + "\"></iframe></body></html>");
            reader.get(otherSite.url("/story"));
            reader.switchTo().frame("card");
            assertThat(wait.until(driver -> driver.findElement(By.cssSelector(".embed-claim")))
                            .getText())
                    .startsWith("L'électricité a augmenté");
            reader.switchTo().defaultContent();
            reader.switchTo().frame("page");
            assertThat(reader.findElements(By.cssSelector(".claim-text"))).isEmpty();
            reader.switchTo().defaultContent();
        }

        String articlePath = "/articles/" + workflowArticle(reader, base, checkUrl);
        for (String language : List.of("en", "fr")) {
            for (var size : List.of(Accessibility.DESKTOP, Accessibility.PHONE)) {
                reader.manage().window().setSize(size);
                for (String path : List.of(
                        "/",
                        "/?rating=FALSE",
                        checkUrl.substring(base.length()),
                        checkUrl.substring(base.length()) + "/sources/" + firstSource(reader, checkUrl),
                        articlePath,
                        "/search?q=electricite",
                        "/search",
                        "/methodology",
                        "/corrections",
                        "/embed/checks/" + slug,
                        "/no/such/page")) {
                    reader.get(base + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    Accessibility.assertNoViolations(reader, path + " " + language + " " + size);
                }
            }
        }
        reader.manage().window().setSize(Accessibility.DESKTOP);
        reader.get(base + "/login");
        wait.until(driver -> driver.findElements(By.tagName("vaadin-login-form"))
                                .size()
                        == 1
                || driver.findElements(By.tagName("vaadin-login-overlay")).size() == 1
                || driver.findElements(By.cssSelector("input[name=username]")).size() == 1);
        // Vaadin's connection indicator sits outside the page's landmarks, hidden while the connection is up.
        Accessibility.assertNoViolations(reader, "the sign-in page", "vaadin-connection-indicator");
        assertThat(french).isPositive();
    }

    /** The article's id, from the fact-check's link to its place in the article. */
    private static String workflowArticle(WebDriver reader, String base, String checkUrl) {
        reader.get(checkUrl);
        String href = reader.findElement(By.cssSelector("a.in-article")).getAttribute("href");
        return href.replaceFirst(".*/articles/", "").replaceFirst("#.*", "");
    }

    private static String firstSource(WebDriver reader, String checkUrl) {
        reader.get(checkUrl);
        String href = reader.findElement(By.cssSelector("a.snapshot-link")).getAttribute("href");
        return href.replaceFirst(".*/sources/", "");
    }
}
