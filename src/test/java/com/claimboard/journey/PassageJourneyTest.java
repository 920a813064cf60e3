package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceService;
import com.claimboard.source.Stance;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * In real Chromium: a reviewer selects a passage in a source's stored copy and marks it as refuting the claim;
 * it is listed on the claim page; once the verdict is published, the public page quotes it, and its link opens
 * the public stored copy on the passage, highlighted.
 */
@Import({TestSourceSite.class, WorkflowDriver.class})
class PassageJourneyTest extends JourneyTest {

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    LocalHttpServer sourceSite;

    @Test
    void a_passage_marked_in_the_stored_copy_is_quoted_on_the_published_page_and_its_link_lands_on_it() {
        ClaimSummary card = workflow.card("Unemployment fell to 6.5 percent in the third quarter.");
        SignIn.as("rita", "REVIEWER");
        claims.take(card.id(), card.version());
        long sourceId = sources.attach(card.id(), sourceSite.url(TestSourceSite.ARTICLE_PATH), Stance.REFUTES)
                .id();
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(() -> sources.storedCopy(sourceId).source().state() == FetchState.FETCHED);
        SignIn.out();
        String words = "Unemployment stood at 7.1 percent in the third quarter";

        WebDriver ritaBrowser = openBrowser();
        WorkspacePage rita = new WorkspacePage(ritaBrowser, baseUrl()).signIn("rita", "rita-password");
        rita.openClaim(String.valueOf(card.id())).markPassage(sourceId, words, "refutes");
        rita.openClaim(String.valueOf(card.id()));
        assertThat(ritaBrowser.findElement(By.cssSelector(".passage-row")).getText())
                .contains("Refutes")
                .contains(words);
        rita.draftVerdict("False", "It stood at 7.1 percent.", "The statistics office's figure.")
                .propose();

        WebDriver eddieBrowser = openBrowser();
        new WorkspacePage(eddieBrowser, baseUrl())
                .signIn("eddie", "eddie-password")
                .openClaim(String.valueOf(card.id()))
                .approve();

        WebDriver reader = openBrowser();
        reader.get(baseUrl() + "/checks/by-claim/" + card.id());
        WebDriverWait wait = new WebDriverWait(reader, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".passage-quote a")))
                .click();
        wait.until(ExpectedConditions.urlContains("#passage-1"));
        Object target = ((JavascriptExecutor) reader)
                .executeScript("const t = document.querySelector(':target');"
                        + " return t ? [t.id, t.textContent, getComputedStyle(t).outlineStyle] : null;");
        assertThat(target).asString().contains("passage-1").contains(words).contains("solid");
    }
}
