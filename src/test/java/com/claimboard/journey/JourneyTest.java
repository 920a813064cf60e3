package com.claimboard.journey;

import com.claimboard.account.AccountService;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser journey shares: the application on a random port, the test accounts, and browsers that are
 * closed after the test, each leaving what it last showed (page, screenshot, console) under
 * {@code target/journey/} for whoever reads a failed run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class JourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeEach
    void prepareJourney() {
        SignIn.bindTo(context);
        Browsers.requireInstalled();
        TestAccounts.ensure(accounts);
    }

    @AfterEach
    void closeBrowsers(TestInfo test) throws IOException {
        Path dir = Path.of("target", "journey");
        Files.createDirectories(dir);
        String name = test.getTestMethod().map(method -> method.getName()).orElse("journey");
        for (int index = 0; index < browsers.size(); index++) {
            WebDriver driver = browsers.get(index);
            String prefix = name + "-browser-" + (index + 1);
            try {
                Files.writeString(dir.resolve(prefix + ".html"), driver.getPageSource());
                Files.write(dir.resolve(prefix + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                Files.write(
                        dir.resolve(prefix + "-console.txt"),
                        driver.manage().logs().get("browser").getAll().stream()
                                .map(Object::toString)
                                .toList());
            } finally {
                driver.quit();
            }
        }
        browsers.clear();
    }

    /** A new headless browser, closed after the test. */
    WebDriver openBrowser() {
        WebDriver driver = Browsers.open();
        browsers.add(driver);
        return driver;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    static String seedArticle() throws IOException {
        try (InputStream in = JourneyTest.class.getClassLoader().getResourceAsStream("seed/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
