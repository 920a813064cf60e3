package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.live.Presence;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Three people in three real Chromium browsers on the same claim, none of them reloading: what one does shows on
 * the others' screens, pushed by the server, and each sees who else has the claim open.
 */
@Import({TestSourceSite.class, WorkflowDriver.class})
class LiveCollaborationJourneyTest extends JourneyTest {

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    LocalHttpServer sourceSite;

    @Autowired
    Presence presence;

    @Test
    void a_card_taken_and_a_source_fetched_show_on_the_others_screens_and_so_does_who_is_looking() {
        ClaimSummary card = workflow.card("Unemployment stood at 7.1 percent in the third quarter, a record low.");
        String claimId = String.valueOf(card.id());

        WebDriver omarBrowser = openBrowser();
        WebDriver eddieBrowser = openBrowser();
        WebDriver ritaBrowser = openBrowser();
        WorkspacePage omar = new WorkspacePage(omarBrowser, baseUrl()).signIn("omar", "omar-password");
        WorkspacePage eddie = new WorkspacePage(eddieBrowser, baseUrl()).signIn("eddie", "eddie-password");
        WorkspacePage rita = new WorkspacePage(ritaBrowser, baseUrl()).signIn("rita", "rita-password");
        omar.openBoard(card.articleId());
        eddie.openBoard(card.articleId());
        omar.waitForBoardCell("New");

        // Rita takes the card: both boards say so without anyone reloading.
        rita.openClaim(claimId).take();
        long taken = System.nanoTime();
        omar.waitForBoardCell("Rita Reviewer");
        eddie.waitForBoardCell("Rita Reviewer");
        System.out.printf(
                "Live update: the take reached the other boards in %d ms%n", (System.nanoTime() - taken) / 1_000_000);
        assertThat(omarBrowser.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='In research']")))
                .isNotEmpty();

        // Rita has the claim open: the boards mark it; Omar opens it too, and each sees the other there.
        eddie.waitForBoardViewers();
        omar.openClaim(claimId);
        rita.waitForViewers("Omar Reviewer");
        omar.waitForViewers("Rita Reviewer");

        // A source Rita attaches is fetched in the background, and shows as stored on Omar's page too.
        rita.attachSource(sourceSite.url(TestSourceSite.ARTICLE_PATH));
        assertThat(omar.waitForSourceStatus("Stored")).contains("Unemployment statistics, third quarter");
        assertThat(rita.waitForSourceStatus("Stored")).contains("Unemployment statistics, third quarter");

        // Omar leaves the claim: Rita's page no longer shows him.
        omar.openBoard(card.articleId());
        rita.waitForNoViewers();
        assertThat(presence.viewers(card.id())).containsExactly("rita");
    }

    @Test
    void a_mention_reaches_the_other_persons_inbox_live_and_reading_it_clears_the_bell() {
        ClaimSummary card = workflow.card("The regional train carried 2 million more passengers this year.");
        WebDriver omarBrowser = openBrowser();
        WebDriver ritaBrowser = openBrowser();
        WorkspacePage omar = new WorkspacePage(omarBrowser, baseUrl()).signIn("omar", "omar-password");
        WorkspacePage rita = new WorkspacePage(ritaBrowser, baseUrl()).signIn("rita", "rita-password");
        omar.openBoard(card.articleId());
        omar.waitForUnread(0);

        rita.openClaim(String.valueOf(card.id())).comment("@omar do you have the operator's yearly report?");
        omar.waitForUnread(1);

        String notification = omar.openInbox();
        assertThat(notification).contains("Rita Reviewer mentioned you on claim " + card.id());
        omarBrowser.findElement(By.id("inbox-mark-all")).click();
        omar.waitForUnread(0);
    }
}
