package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * In real Chromium: a reviewer attaches a PDF as a source (no public address), then an excerpt typed by hand;
 * an editor reads the PDF's stored copy from the claim page before any approval.
 */
@Import({TestSourceSite.class, WorkflowDriver.class})
class SourcesJourneyTest extends JourneyTest {

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    ClaimService claims;

    @Test
    void a_pdf_and_a_typed_excerpt_become_sources_and_the_editor_reads_the_stored_copy() throws IOException {
        ClaimSummary card = workflow.card("Les dépenses de santé ont augmenté de 8 % en 2026, selon le rapport.");
        SignIn.as("rita", "REVIEWER");
        claims.take(card.id(), card.version());
        SignIn.out();
        Path pdf = pdf(
                "Comptes de la sante 2026",
                "Les depenses de sante ont augmente de 3,1 % en 2026, selon les comptes definitifs.");

        WebDriver rita = openBrowser();
        WebDriverWait wait = new WebDriverWait(rita, Duration.ofSeconds(30));
        new WorkspacePage(rita, baseUrl()).signIn("rita", "rita-password").openClaim(String.valueOf(card.id()));
        click(rita, wait, By.id("source-upload-open"));
        wait.until(driver -> fileInput(driver) != null);
        fileInput(rita).sendKeys(pdf.toString());
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'source-row')][contains(., 'Comptes de la sante 2026')]")));
        assertThat(row.getText()).contains("Stored", "PDF");

        click(rita, wait, By.id("source-excerpt-open"));
        type(wait, "#excerpt-text > textarea", "« Hausse de 3,1 % en volume. »");
        type(wait, "#excerpt-title > input", "Rapport sur les comptes de la santé");
        type(wait, "#excerpt-outlet > input", "Cour des comptes");
        rita.findElement(By.id("excerpt-save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'source-row')][contains(., 'Rapport sur les comptes de la santé')]")));

        WebDriver eddie = openBrowser();
        WebDriverWait eddieWait = new WebDriverWait(eddie, Duration.ofSeconds(30));
        new WorkspacePage(eddie, baseUrl()).signIn("eddie", "eddie-password").openClaim(String.valueOf(card.id()));
        click(
                eddie,
                eddieWait,
                By.xpath(
                        "//*[contains(@class,'source-row')][contains(., 'Comptes de la sante 2026')]//a[contains(., 'stored copy')]"));
        eddieWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("stored-copy-text"), "ont augmente de 3,1 % en 2026"));
        assertThat(eddie.findElement(By.tagName("h2")).getText()).isEqualTo("Comptes de la sante 2026");
    }

    /** Scrolls the element to the middle of the window first: the sections above it may have pushed it down. */
    private static void click(WebDriver driver, WebDriverWait wait, By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void type(WebDriverWait wait, String css, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.sendKeys(text);
        wait.until(driver -> text.equals(field.getDomProperty("value")));
    }

    private static WebElement fileInput(WebDriver browser) {
        return (WebElement) ((JavascriptExecutor) browser)
                .executeScript("const upload = document.getElementById('source-upload');"
                        + " if (!upload) return null;"
                        + " return upload.querySelector('input[type=file]')"
                        + " || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));");
    }

    private static Path pdf(String title, String text) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "journey-files"));
        Path file = dir.resolve("comptes-sante.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.getDocumentInformation().setTitle(title);
            document.save(file.toFile());
        }
        return file.toAbsolutePath();
    }
}
