package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real Chromium: a saved page of 2 MB (over the servlet container's old 1 MB default, under the 5 MB the form
 * states) uploads and fills the preview; the form is then ready for another file, and one of 6 MB is refused
 * with the limit named, the preview kept.
 */
class UploadJourneyTest extends JourneyTest {

    @TempDir
    Path files;

    private Path page(String name, int bytes) throws Exception {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=fr><head><meta charset=utf-8>"
                + "<title>Le budget de la ville adopté</title></head><body><article><h1>Le budget de la ville adopté</h1>"
                + "<p>Le conseil a adopté mardi un budget de 12 millions d'euros, en hausse de 4 %, a annoncé la mairie.</p>"
                + "</article><!-- ");
        while (html.length() < bytes - 10) {
            html.append("padding of a saved page ");
        }
        html.append(" --></body></html>");
        Path file = files.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static WebElement fileInput(WebDriver browser) {
        return (WebElement) ((JavascriptExecutor) browser)
                .executeScript("const upload = document.getElementById('import-upload');"
                        + " if (!upload) return null;"
                        + " return upload.querySelector('input[type=file]')"
                        + " || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));");
    }

    @Test
    void a_two_megabyte_page_uploads_and_a_six_megabyte_one_is_refused_with_the_limit_named() throws Exception {
        WebDriver browser = openBrowser();
        new WorkspacePage(browser, baseUrl()).signIn("rita", "rita-password");
        browser.get(baseUrl() + "/app/import");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(driver -> fileInput(driver) != null);
        assertThat(browser.findElement(By.id("import-upload-limit")).getText())
                .isEqualTo("An HTML file of 5 MB at most.");

        fileInput(browser).sendKeys(page("budget.html", 2 * 1024 * 1024).toString());

        wait.until(driver -> "Le budget de la ville adopté"
                .equals(driver.findElement(By.cssSelector("#import-title > input"))
                        .getDomProperty("value")));
        assertThat(browser.findElement(By.cssSelector("#import-text > textarea"))
                        .getDomProperty("value"))
                .contains("12 millions d'euros");

        fileInput(browser).sendKeys(page("too-big.html", 6 * 1024 * 1024).toString());

        wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("larger than 5 MB"));
        // The refused file changes nothing in the form.
        assertThat(browser.findElement(By.cssSelector("#import-title > input")).getDomProperty("value"))
                .isEqualTo("Le budget de la ville adopté");
    }
}
