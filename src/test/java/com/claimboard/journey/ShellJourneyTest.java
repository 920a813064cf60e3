package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real Chromium: an admin signs in to a home that exists, meets the workspace's own words for an address that
 * leads nowhere and for one their roles do not open, each with the menu and a way back, and signs out at /logout.
 */
class ShellJourneyTest extends JourneyTest {

    @Test
    void an_admin_lands_on_the_accounts_finds_not_found_and_not_allowed_in_the_workspace_and_signs_out() {
        if (!accounts.exists("ada")) {
            accounts.createAccount("ada", "Ada Admin", "ada-password", EnumSet.of(Role.ADMIN));
        }
        WebDriver browser = openBrowser();
        WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(20));
        new WorkspacePage(browser, baseUrl()).signIn("ada", "ada-password");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts")));
        assertThat(browser.getCurrentUrl()).endsWith("/app/admin/accounts");
        assertThat(browser.findElement(By.id("accounts")).getText()).contains("Accounts", "Ada Admin");
        assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isTrue();

        browser.get(baseUrl() + "/app/no-such-page");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Not found", "Back to the workspace's home", "Signed in as ada")
                .doesNotContain("Could not navigate");

        browser.get(baseUrl() + "/app/review");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-allowed")));
        browser.findElement(By.linkText("Back to the workspace's home")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts")));

        browser.get(baseUrl() + "/logout");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout-confirm")))
                .click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/logout")));
        browser.get(baseUrl() + "/app/home");
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
