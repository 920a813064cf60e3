package com.claimboard.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** A public fact-check page as an anonymous reader, or a crawler, sees it. */
final class PublicCheckPage {

    private final WebDriver driver;

    PublicCheckPage(WebDriver driver, String baseUrl, String claimId) {
        this.driver = driver;
        driver.get(baseUrl + "/checks/by-claim/" + claimId);
    }

    String rating() {
        return driver.findElement(By.cssSelector(".verdict .rating")).getText();
    }

    String claimText() {
        return driver.findElement(By.cssSelector(".claim-text")).getText();
    }

    String jsonLd() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('script[type=\"application/ld+json\"]').textContent;");
    }

    String url() {
        return driver.getCurrentUrl();
    }
}
