package com.claimboard.journey;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reviewers' workspace as a person uses it: sign in, import, work a claim, review. */
final class WorkspacePage {

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    WorkspacePage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // The claim page redraws its sections after each action: an element found a moment ago may be gone.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    WorkspacePage signIn(String username, String password) {
        driver.get(baseUrl + "/login");
        WebElement user = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field[name='username'] > input")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("vaadin-password-field[name='password'] > input"));
        pass.sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        return this;
    }

    /** Posts the sign-in form and waits for the refusal. */
    void signInExpectingRefusal(String username, String password) {
        driver.get(baseUrl + "/login");
        WebElement user = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field[name='username'] > input")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("vaadin-password-field[name='password'] > input"));
        pass.sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/login?error"));
    }

    /** Imports an article by pasting it; returns the article id the board is then filtered on. */
    String importArticle(String title, String text) {
        open("/app/import");
        type(By.cssSelector("#import-title > input"), title);
        WebElement area =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#import-text > textarea")));
        // Typing 2,000 characters key by key is slow and tests nothing more than setting them.
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        area,
                        text);
        click(By.id("import-submit"));
        wait.until(ExpectedConditions.urlContains("/app?article="));
        return driver.getCurrentUrl().replaceFirst(".*article=", "");
    }

    /** Fetches an article by its address, waits for the preview, retitles it and imports it. */
    String importFromAddress(String address, String newTitle) {
        open("/app/import");
        type(By.cssSelector("#import-address > input"), address);
        click(By.id("import-fetch"));
        wait.until(driver -> !driver.findElement(By.cssSelector("#import-title > input"))
                .getDomProperty("value")
                .isEmpty());
        String fetchedTitle =
                driver.findElement(By.cssSelector("#import-title > input")).getDomProperty("value");
        type(By.cssSelector("#import-title > input"), newTitle);
        click(By.id("import-submit"));
        wait.until(ExpectedConditions.urlContains("/app?article="));
        return fetchedTitle;
    }

    /** Opens the claim whose text starts with the given words, by clicking its row on the board. */
    String openClaimFromBoard(String startOfText) {
        WebElement cell = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), \"" + startOfText + "\")]")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        wait.until(ExpectedConditions.elementToBeClickable(cell)).click();
        wait.until(ExpectedConditions.urlMatches(".*/app/claims/\\d+$"));
        return driver.getCurrentUrl().replaceFirst(".*/app/claims/", "");
    }

    /** The board with one article's cards. */
    WorkspacePage openBoard(long articleId) {
        open("/app?article=" + articleId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-grid")));
        return this;
    }

    /** Waits until some cell of the board reads {@code text}, as it does when the board has updated itself. */
    void waitForBoardCell(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + text + "\"]")));
    }

    /** Opens a source's stored copy from the claim page, selects {@code words} in it and marks them. */
    WorkspacePage markPassage(long sourceId, String words, String stance) {
        click(By.id("stored-copy-" + sourceId));
        WebElement copy = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stored-copy-text")));
        ((JavascriptExecutor) driver).executeScript("""
                        const root = arguments[0], words = arguments[1];
                        const at = root.textContent.indexOf(words);
                        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                        let seen = 0, node, range = document.createRange(), started = false;
                        while ((node = walker.nextNode())) {
                            const length = node.textContent.length;
                            if (!started && at < seen + length) { range.setStart(node, at - seen); started = true; }
                            if (started && at + words.length <= seen + length) {
                                range.setEnd(node, at + words.length - seen); break;
                            }
                            seen += length;
                        }
                        const selection = window.getSelection();
                        selection.removeAllRanges();
                        selection.addRange(range);""", copy, words);
        click(By.id("passage-mark-" + stance));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stored-copy-text .passage")));
        return this;
    }

    /** Writes a comment in the claim's discussion. */
    WorkspacePage comment(String text) {
        type(By.cssSelector("#discussion-new > textarea"), text);
        click(By.id("discussion-post"));
        return this;
    }

    /** Waits until the bell in the top bar counts {@code unread} notifications. */
    void waitForUnread(int unread) {
        wait.until(driver -> {
            // A hidden count is not sent to the browser at all until it has something to say.
            java.util.List<WebElement> count = driver.findElements(By.id("inbox-count"));
            boolean shown = !count.isEmpty() && count.getFirst().isDisplayed();
            return unread == 0 ? !shown : shown && count.getFirst().getText().equals(String.valueOf(unread));
        });
    }

    /** Opens the inbox from the bell and returns its first notification's text. */
    String openInbox() {
        click(By.id("inbox-bell"));
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inbox-list .notification")))
                .getText();
    }

    /** Waits until the board marks a card someone has open. */
    void waitForBoardViewers() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#board-grid vaadin-avatar-group")));
    }

    /** Waits until the claim page says who else has it open. */
    void waitForViewers(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-viewers"), text));
    }

    /** Waits until the claim page says nobody else has it open. */
    void waitForNoViewers() {
        wait.until(
                driver -> driver.findElement(By.id("claim-viewers")).getText().isBlank());
    }

    WorkspacePage openClaim(String claimId) {
        open("/app/claims/" + claimId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-state")));
        return this;
    }

    WorkspacePage take() {
        click(By.id("claim-take"));
        waitForState("In research");
        return this;
    }

    WorkspacePage attachSource(String url) {
        type(By.cssSelector("#source-url > input"), url);
        click(By.id("source-attach"));
        return this;
    }

    /** Waits until the background fetch is done and the page has updated itself, without a reload. */
    String waitForSourceStatus(String status) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".source-status"), status));
        return driver.findElement(By.cssSelector(".source-row")).getText();
    }

    /** Confirms the suggested claimant, saying whether it is a person or an organisation. */
    WorkspacePage confirmClaimant(String kindLabel) {
        click(By.id("claim-origin-edit"));
        click(By.xpath("//vaadin-radio-button[normalize-space(.)='" + kindLabel + "']"));
        click(By.id("origin-save"));
        wait.until(ExpectedConditions.attributeContains(By.id("claim-origin-text"), "textContent", "Claimed by"));
        return this;
    }

    WorkspacePage draftVerdict(String rating, String summary, String explanation) {
        click(By.id("verdict-rating"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='" + rating + "']"));
        type(By.cssSelector("#verdict-summary > textarea"), summary);
        type(By.cssSelector("#verdict-explanation > textarea"), explanation);
        return this;
    }

    WorkspacePage propose() {
        click(By.id("verdict-propose"));
        waitForState("In review");
        return this;
    }

    /** Approve and publish: the preview of the public page first, then the confirmation. */
    WorkspacePage approve() {
        click(By.id("review-approve"));
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish-preview-page")));
        driver.switchTo().frame(frame);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-banner")));
        driver.switchTo().defaultContent();
        click(By.id("review-confirm-publish"));
        waitForState("Published");
        return this;
    }

    /** The text of the public page's preview shown before publishing, read inside its frame. */
    String previewText() {
        click(By.id("review-approve"));
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish-preview-page")));
        driver.switchTo().frame(frame);
        String text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")))
                .getText();
        driver.switchTo().defaultContent();
        return text;
    }

    WorkspacePage confirmPublish() {
        click(By.id("review-confirm-publish"));
        waitForState("Published");
        return this;
    }

    String notificationText() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")))
                .getText();
    }

    /** An editor's move that asks for a text first: open for correction, or withdraw. */
    WorkspacePage withReason(String buttonId, String reason, String expectedState) {
        click(By.id(buttonId));
        type(By.cssSelector("#dismiss-reason > input"), reason);
        click(By.id("dismiss-confirm"));
        waitForState(expectedState);
        return this;
    }

    String state() {
        return driver.findElement(By.id("claim-state")).getText();
    }

    void waitForState(String state) {
        // textContent, not the visible text: the state badge may be scrolled out of view above the form.
        wait.until(ExpectedConditions.attributeContains(By.id("claim-state"), "textContent", state));
    }

    private void open(String path) {
        driver.get(baseUrl + path);
    }

    private void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    private void click(By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
