package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.publishing.PublishingService;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * In real Chromium: a reviewer finds a source by a phrase of its stored text from the top bar's search box; and a
 * claim already published comes back, reworded, in a new article: its card says "already checked" with the link
 * to the fact-check, the reviewer confirms it and closes the card with the existing verdict.
 */
@Import({TestSourceSite.class, WorkflowDriver.class})
class DuplicatesJourneyTest extends JourneyTest {

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    PublishingService publishing;

    @Test
    void a_reviewer_finds_a_source_by_a_phrase_of_its_stored_text() {
        long claimId = workflow.published(
                "Le chômage a atteint 9 % au troisième trimestre, selon le ministre.",
                Rating.FALSE, "Il était de 7,1 %.");

        WebDriver omar = openBrowser();
        WebDriverWait wait = new WebDriverWait(omar, Duration.ofSeconds(30));
        new WorkspacePage(omar, baseUrl()).signIn("omar", "omar-password");
        // The test site's page, stored as the source, says "Unemployment stood at 7.1 percent in the third quarter".
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#navbar-search > input")));
        box.sendKeys("stood at 7.1 percent", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/app/search?q="));
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='search-sources']//*[contains(@class,'search-hit')][.//a[@href='app/claims/" + claimId
                        + "']]")));
        assertThat(hit.findElements(By.tagName("mark")))
                .extracting(WebElement::getText)
                .contains("stood", "percent");
        WebElement open = hit.findElement(By.tagName("a"));
        ((JavascriptExecutor) omar).executeScript("arguments[0].click();", open);
        wait.until(ExpectedConditions.urlContains("/app/claims/" + claimId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-state")));
    }

    @Test
    void a_reworded_claim_already_published_is_confirmed_and_closed_with_the_existing_verdict() {
        long checked = workflow.published(
                "The city council spent 42 million euros on the new tram depot in Lyon.",
                Rating.FALSE,
                "The depot cost 12 million euros.");
        String publicPath = publishing.publicPath(checked).orElseThrow();

        WebDriver rita = openBrowser();
        WebDriverWait wait = new WebDriverWait(rita, Duration.ofSeconds(30));
        WorkspacePage workspace = new WorkspacePage(rita, baseUrl()).signIn("rita", "rita-password");
        workspace.importArticle(
                "Tram depot: the bill, again",
                "The Lyon city council spent 42 million euros on its new tram depot. "
                        + "Residents met on Tuesday evening to discuss the timetable.");
        workspace.openClaimFromBoard("The Lyon city council");

        WebElement heading = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-already-checked")));
        assertThat(heading.getText()).isEqualTo("Already checked");
        WebElement link = rita.findElement(By.cssSelector("#claim-matches .claim-link"));
        assertThat(link.getText()).contains("new tram depot in Lyon").contains("Verdict: False");
        assertThat(link.findElement(By.className("claim-link-check")).getDomAttribute("href"))
                .isEqualTo(publicPath);

        click(rita, wait, By.cssSelector("#claim-matches .claim-link-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#claim-matches .claim-link-confirmed"), "Confirmed by rita"));
        click(rita, wait, By.cssSelector("#claim-matches .claim-link-close"));
        workspace.waitForState("Dismissed");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#claim-matches .claim-link-close"), 0));
        assertThat(rita.findElement(By.tagName("body")).getText()).contains("Already checked: False");
    }

    private static void click(WebDriver driver, WebDriverWait wait, By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
