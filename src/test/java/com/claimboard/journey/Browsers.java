package com.claimboard.journey;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, both named explicitly so Selenium Manager never
 * runs (it would try to download a browser). Under CI a missing browser fails the test instead of skipping it.
 */
final class Browsers {

    static final String CHROMIUM = System.getProperty("claimboard.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("claimboard.chromedriver", "/usr/bin/chromedriver");

    private Browsers() {}

    static void requireInstalled() {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver); .ci/run installs them");
        }
        Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed here");
    }

    static ChromeDriver open() {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
