package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real Chromium: the admin invites a person, who opens the link in their own browser, chooses a password and
 * signs in to the board; the admin then deactivates them, and their open page ends at the sign-in.
 */
class AccountsJourneyTest extends JourneyTest {

    @Test
    void an_invited_person_sets_a_password_from_the_link_signs_in_and_is_signed_out_when_deactivated() {
        WebDriver admin = openBrowser();
        WebDriverWait adminWait = new WebDriverWait(admin, Duration.ofSeconds(30));
        new WorkspacePage(admin, baseUrl()).signIn("admin", "admin-test-password");
        adminWait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts-grid")));

        adminWait
                .until(ExpectedConditions.elementToBeClickable(By.id("accounts-invite")))
                .click();
        type(admin, adminWait, "#invite-name > input", "Maya Lindqvist");
        type(admin, adminWait, "#invite-email > input", "maya.lindqvist@example.org");
        // The username is offered from the e-mail once the field is left.
        adminWait.until(driver -> "maya.lindqvist"
                .equals(driver.findElement(By.cssSelector("#invite-username > input"))
                        .getDomProperty("value")));
        admin.findElement(By.id("invite-send")).click();
        WebElement url =
                adminWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#link-url > input")));
        String link = url.getDomProperty("value");
        assertThat(link).contains("/password/");
        admin.findElement(By.id("link-done")).click();
        adminWait.until(ExpectedConditions.textToBe(By.id("status-maya.lindqvist"), "Invited"));

        WebDriver maya = openBrowser();
        WebDriverWait mayaWait = new WebDriverWait(maya, Duration.ofSeconds(30));
        maya.get(baseUrl() + link.substring(link.indexOf("/password/")));
        mayaWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("link-username"), "Your username is maya.lindqvist"));
        type(maya, mayaWait, "#password-new > input", "password1234");
        type(maya, mayaWait, "#password-repeat > input", "password1234");
        maya.findElement(By.id("password-save")).click();
        mayaWait.until(driver -> ((String) ((JavascriptExecutor) driver)
                        .executeScript("return document.getElementById('password-new').errorMessage || ''"))
                .contains("most common passwords"));
        type(maya, mayaWait, "#password-new > input", "Fjord-kettle-47-Sundial");
        type(maya, mayaWait, "#password-repeat > input", "Fjord-kettle-47-Sundial");
        maya.findElement(By.id("password-save")).click();
        mayaWait.until(ExpectedConditions.elementToBeClickable(By.id("password-sign-in")))
                .click();

        new WorkspacePage(maya, baseUrl()).signIn("maya.lindqvist", "Fjord-kettle-47-Sundial");
        mayaWait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-grid")));
        assertThat(maya.findElement(By.id("signed-in-as")).getText()).contains("maya.lindqvist");

        admin.navigate().refresh();
        adminWait.until(ExpectedConditions.textToBe(By.id("status-maya.lindqvist"), "Active"));
        adminWait
                .until(ExpectedConditions.elementToBeClickable(By.id("deactivate-maya.lindqvist")))
                .click();
        adminWait.until(ExpectedConditions.textToBe(By.id("status-maya.lindqvist"), "Deactivated"));

        // Her open page: the next thing she does finds her signed out.
        maya.get(baseUrl() + "/app/import");
        mayaWait.until(ExpectedConditions.urlContains("/login"));
        new WorkspacePage(maya, baseUrl()).signInExpectingRefusal("maya.lindqvist", "Fjord-kettle-47-Sundial");
    }

    private static void type(WebDriver driver, WebDriverWait wait, String css, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
        wait.until(driver2 -> text.equals(field.getDomProperty("value")));
    }
}
