package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestSourceSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** In real Chromium: a reviewer imports an article by its address, served by a local web site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSourceSite.class)
class ImportByAddressJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LocalHttpServer site;

    private WebDriver browser;

    @BeforeEach
    void setUp() {
        Browsers.requireInstalled();
        TestAccounts.ensure(accounts);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_article_is_imported_by_its_address_after_a_preview() {
        browser = Browsers.open();
        WorkspacePage rita = new WorkspacePage(browser, "http://localhost:" + port).signIn("rita", "rita-password");

        String fetched = rita.importFromAddress(site.url(TestSourceSite.NEWS_PATH), "Le pont de Normandie rouvre");

        assertThat(fetched).isEqualTo("Le pont de Normandie rouvre après six mois de travaux");
        String claimId = rita.openClaimFromBoard("« Le trafic a doublé en dix ans »");
        assertThat(claimId).matches("\\d+");
        assertThat(rita.state()).isEqualTo("New");
    }
}
