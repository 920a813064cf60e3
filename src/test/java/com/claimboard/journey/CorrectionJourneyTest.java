package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * In real Chromium: an editor opens a published fact-check for correction, the reviewer corrects the verdict,
 * another editor reads the corrected page in the preview and publishes it, and the reader sees the correction;
 * then a fact-check is withdrawn and its address shows the notice.
 */
@Import({com.claimboard.support.TestSourceSite.class, WorkflowDriver.class})
class CorrectionJourneyTest extends JourneyTest {

    @Autowired
    WorkflowDriver workflow;

    @Test
    void a_correction_from_request_to_the_corrected_public_page_and_a_withdrawal() {
        String claimId = String.valueOf(workflow.published(
                "Le chômage des jeunes a reculé de 9 points en 2025, a déclaré la ministre.",
                Rating.TRUE,
                "The national statistics office confirms it."));
        String base = baseUrl();

        WorkspacePage eddie = new WorkspacePage(openBrowser(), base).signIn("eddie", "eddie-password");
        eddie.openClaim(claimId)
                .withReason(
                        "claim-reopen",
                        "The statistics office revised the 2025 series: the fall was 4 points.",
                        "In research");
        WebDriver reader = openBrowser();
        assertThat(new PublicCheckPage(reader, base, claimId).rating())
                .as("the published verdict stands until a corrected one is approved")
                .isEqualTo("True");

        new WorkspacePage(openBrowser(), base)
                .signIn("rita", "rita-password")
                .openClaim(claimId)
                .draftVerdict("Mostly false", "Youth unemployment fell 4 points, not 9.", "Revised series.")
                .propose();

        WorkspacePage erin = new WorkspacePage(openBrowser(), base).signIn("erin", "erin-password");
        String preview = erin.openClaim(claimId).previewText();
        assertThat(preview)
                .contains("Mostly false", "Youth unemployment fell 4 points, not 9.")
                .contains("Rating changed: True → Mostly false.")
                .contains("The statistics office revised the 2025 series: the fall was 4 points.");
        erin.confirmPublish();

        // A new reader: the public page may be cached for a minute (Cache-Control), as a proxy would keep it.
        reader = openBrowser();
        PublicCheckPage corrected = new PublicCheckPage(reader, base, claimId);
        assertThat(corrected.rating()).isEqualTo("Mostly false");
        assertThat(reader.findElement(By.cssSelector(".corrections")).getText())
                .contains("Rating changed: True → Mostly false.", "the fall was 4 points");
        assertThat(corrected.jsonLd()).contains("\"dateModified\"");

        eddie.openClaim(claimId)
                .withReason("claim-withdraw", "The survey behind both verdicts was found to be flawed.", "Withdrawn");
        reader = openBrowser();
        new PublicCheckPage(reader, base, claimId);
        assertThat(reader.findElement(By.id("withdrawal-notice")).getText())
                .isEqualTo("The survey behind both verdicts was found to be flawed.");
        assertThat(reader.findElements(By.cssSelector(".verdict .rating"))).isEmpty();
        assertThat(reader.findElements(By.cssSelector("script[type='application/ld+json']")))
                .isEmpty();
        reader.get(base + "/corrections");
        assertThat(reader.findElement(By.id("content")).getText())
                .contains("Withdrawn", "Corrected", "Le chômage des jeunes a reculé");
    }
}
