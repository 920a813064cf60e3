package com.claimboard.journey;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The article view as a reviewer uses it: the text with its highlighted spans beside the list of cards. */
final class ArticlePage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    ArticlePage(WebDriver driver, String baseUrl, String articleId) {
        this.driver = driver;
        // The view redraws its text after each edit: an element found a moment ago may be gone.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(baseUrl + "/app/articles/" + articleId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text .claim-span")));
    }

    List<String> spanTexts() {
        return wait.until(driver -> driver.findElements(By.cssSelector("#article-text .claim-span")).stream()
                .map(WebElement::getText)
                .toList());
    }

    /** Clicks the highlighted span that starts with the given words; returns the card id it belongs to. */
    String clickSpan(String startOfText) {
        WebElement span = span(startOfText);
        scrollTo(span);
        span.click();
        return span.getDomAttribute("id").replace("span-", "");
    }

    /**
     * Scrolls the list of cards, as a reviewer would, until the card is drawn: the list draws only the cards in
     * view.
     */
    WebElement showCard(String cardId) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('card-list').scrollTop = 0;");
        return wait.until(driver -> {
            for (WebElement found : driver.findElements(By.id("card-" + cardId))) {
                if (found.isDisplayed()) {
                    scrollTo(found);
                    return found;
                }
            }
            // Down half a screen at a time; past the end, from the top again (a slow redraw may hide a card once).
            ((JavascriptExecutor) driver)
                    .executeScript("const list = document.getElementById('card-list');"
                            + " list.scrollTop = list.scrollTop + list.clientHeight >= list.scrollHeight"
                            + " ? 0 : list.scrollTop + list.clientHeight / 2;");
            return null;
        });
    }

    /** Reaches the card with the keyboard alone and chooses it with Enter. */
    void chooseCardWithKeyboard(String cardId) {
        WebElement card = showCard(cardId);
        scrollTo(card);
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", card);
        card.sendKeys(Keys.ENTER);
    }

    boolean cardIsSelected(String cardId) {
        return waitForClass("card-" + cardId);
    }

    boolean spanIsSelected(String cardId) {
        return waitForClass("span-" + cardId);
    }

    String cardIdOfSpan(String startOfText) {
        return wait.until(driver -> span(startOfText).getDomAttribute("id").replace("span-", ""));
    }

    /** Splits the card after its first {@code keep} characters, through the split dialog. */
    void split(String cardId, String firstPart) {
        showCard(cardId);
        click(By.id("split-" + cardId));
        WebElement area =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#split-first-part textarea")));
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        area.sendKeys(firstPart);
        wait.until(driver -> firstPart.equals(area.getDomProperty("value")));
        int before = spanTexts().size();
        click(By.id("split-save"));
        wait.until(driver -> spanTexts().size() == before + 1);
    }

    void mergeWithNext(String cardId) {
        showCard(cardId);
        int before = spanTexts().size();
        click(By.id("merge-" + cardId));
        wait.until(driver -> spanTexts().size() == before - 1);
    }

    private WebElement span(String startOfText) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//span[contains(@class, 'claim-span') and starts-with(normalize-space(.), \"" + startOfText
                        + "\")]")));
    }

    private boolean waitForClass(String id) {
        return wait.until(
                driver -> driver.findElement(By.id(id)).getDomAttribute("class").contains("selected"));
    }

    private void click(By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        scrollTo(element);
        element.click();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
