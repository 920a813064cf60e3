package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.claimboard.account.Role;
import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceService;
import com.claimboard.source.Stance;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestSourceSite;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Script in every text the workflow stores, read back in real Chromium on every page that shows it, in the
 * workspace and on the public site: no dialog opens and no payload runs. Each payload both opens a dialog and
 * sets a flag, so either way of running is caught.
 */
@Import(TestSourceSite.class)
class ScriptPayloadJourneyTest extends JourneyTest {

    /** Markup that runs script when it is taken as HTML: an image error, an inline script, an SVG load. */
    private static String payload(String field) {
        return "\"'><img src=x onerror=\"window.__ran='" + field + "';alert('" + field + "')\">"
                + "<script>window.__ran='" + field + "';alert('" + field + "')</script>"
                + "<svg onload=\"window.__ran='" + field + "'\"></svg>";
    }

    @Autowired
    LocalHttpServer site;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    VerdictService verdicts;

    @Test
    void script_in_every_stored_field_never_runs_in_the_workspace_or_on_the_public_site() {
        if (!accounts.exists("mallory")) {
            accounts.createAccount("mallory", payload("display-name"), "mallory-password", EnumSet.of(Role.REVIEWER));
        }
        site.html(
                "/payload-source",
                "<!DOCTYPE html><html><head><title>" + payload("source-title").replace("<", "&lt;")
                        + " Official figures</title></head><body><article><h1>Figures</h1><p>"
                        + payload("snapshot").replace("<", "&lt;")
                        + " The office counted 40,000 new homes in 2025, a record for the decade.</p></article></body></html>");

        SignIn.as("mallory", "REVIEWER");
        assertThatThrownBy(() -> articles.importArticle(new ArticleDraft(
                        "Title", "Text 2 percent.", "javascript:window.__ran='url';alert('url')", null, null)))
                .isInstanceOf(DomainRuleViolation.class);
        long articleId = articles.importArticle(new ArticleDraft(
                payload("article-title"),
                "The government built 40,000 homes in 2025 " + payload("article-text") + ".\n" + "Opinion about it "
                        + payload("second-card") + ".",
                "https://news.example.org/homes",
                payload("outlet"),
                null,
                payload("byline"),
                "en"));
        List<ClaimSummary> cards = claims.cardsOf(articleId);
        ClaimSummary card = cards.getFirst();
        claims.dismiss(cards.get(1).id(), cards.get(1).version(), payload("dismiss-reason"));
        card = claims.reword(card.id(), card.version(), "Homes: " + payload("reworded-claim"));
        claims.take(card.id(), card.version());
        assertThatThrownBy(
                        () -> sources.attach(claimIdOf(cards), "javascript:window.__ran='source-url'", Stance.SUPPORTS))
                .isInstanceOf(DomainRuleViolation.class);
        sources.attach(card.id(), site.url("/payload-source"), Stance.SUPPORTS);
        long claimId = card.id();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(15))
                .until(() -> sources.sourcesOf(claimId).stream().allMatch(s -> s.state() == FetchState.FETCHED));
        VerdictSummary draft = verdicts.saveDraft(
                claimId,
                VerdictDraft.of(Rating.TRUE, payload("summary"), payload("explanation") + "\nSecond line."),
                null);
        VerdictSummary proposed = verdicts.propose(draft.id(), draft.version());
        SignIn.as("eddie", "EDITOR", "REVIEWER");
        VerdictSummary sentBack = verdicts.requestChanges(proposed.id(), proposed.version(), payload("review-comment"));
        SignIn.as("mallory", "REVIEWER");
        VerdictSummary resaved = verdicts.saveDraft(
                claimId,
                VerdictDraft.of(Rating.TRUE, payload("summary"), payload("explanation") + "\nSecond line."),
                sentBack.version());
        VerdictSummary reproposed = verdicts.propose(resaved.id(), resaved.version());
        SignIn.out();

        WebDriver mallory = openBrowser();
        new WorkspacePage(mallory, baseUrl()).signIn("mallory", "mallory-password");
        for (String page : List.of(
                "/app?article=" + articleId,
                "/app/articles/" + articleId,
                "/app/claims/" + claimId,
                "/app/claims/" + cards.get(1).id())) {
            visit(mallory, page);
        }

        WebDriver eddie = openBrowser();
        new WorkspacePage(eddie, baseUrl()).signIn("eddie", "eddie-password");
        visit(eddie, "/app/review");
        visit(eddie, "/app/claims/" + claimId);
        SignIn.as("eddie", "EDITOR", "REVIEWER");
        verdicts.approve(reproposed.id(), reproposed.version());
        SignIn.out();

        WebDriver reader = openBrowser();
        visit(reader, "/");
        visit(reader, "/checks/by-claim/" + claimId);
        String check = reader.getCurrentUrl();
        assertThat(reader.findElement(By.cssSelector(".claim-text")).getText()).contains("Homes: \"'><img src=x");
        assertThat(reader.getPageSource()).doesNotContain("<img src=x onerror");
        String snapshot = reader.findElement(By.cssSelector(".snapshot-link")).getDomAttribute("href");
        visit(reader, snapshot);
        visit(reader, check.replace("http://localhost:" + port, ""));
    }

    private static long claimIdOf(List<ClaimSummary> cards) {
        return cards.getFirst().id();
    }

    /** Opens the page, lets it settle, and fails on any dialog or any payload that ran. */
    private void visit(WebDriver browser, String path) {
        browser.get(path.startsWith("http") ? path : baseUrl() + path);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> ((JavascriptExecutor) driver)
                        .executeScript("return document.readyState")
                        .equals("complete"));
        try {
            Thread.sleep(1_500); // the workspace draws itself after the page has loaded; give any payload its chance
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThatThrownBy(() -> browser.switchTo().alert())
                .as("a dialog opened on " + path)
                .isInstanceOf(NoAlertPresentException.class);
        Object ran = ((JavascriptExecutor) browser).executeScript("return window.__ran || null;");
        assertThat(ran).as("a payload ran on " + path).isNull();
        assertThat(browser.findElements(By.tagName("body"))).isNotEmpty();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
    }
}
