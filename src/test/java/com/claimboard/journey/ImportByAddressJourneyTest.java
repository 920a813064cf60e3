package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.TestSourceSite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** In real Chromium: a reviewer imports an article by its address, served by a local web site. */
@Import(TestSourceSite.class)
class ImportByAddressJourneyTest extends JourneyTest {

    @Autowired
    LocalHttpServer site;

    @Test
    void an_article_is_imported_by_its_address_after_a_preview() {
        WorkspacePage rita = new WorkspacePage(openBrowser(), baseUrl()).signIn("rita", "rita-password");

        String fetched = rita.importFromAddress(site.url(TestSourceSite.NEWS_PATH), "Le pont de Normandie rouvre");

        assertThat(fetched).isEqualTo("Le pont de Normandie rouvre après six mois de travaux");
        String claimId = rita.openClaimFromBoard("« Le trafic a doublé en dix ans »");
        assertThat(claimId).matches("\\d+");
        assertThat(rita.state()).isEqualTo("New");
    }
}
