package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.TestSourceSite;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole loop in real headless Chromium: a reviewer imports the seed article, takes a card, attaches a
 * source served by a local web site and proposes a verdict; an editor approves it in a second browser; an
 * anonymous reader opens the public page and finds the rating and the ClaimReview JSON-LD.
 */
@Import(TestSourceSite.class)
class ReviewJourneyTest extends JourneyTest {

    @Autowired
    LocalHttpServer sourceSite;

    @Test
    void a_claim_goes_from_import_to_a_public_fact_check() throws IOException {
        String base = baseUrl();

        WorkspacePage rita = new WorkspacePage(openBrowser(), base).signIn("rita", "rita-password");
        rita.importArticle("Poutine et Scholz : le compte rendu du Kremlin", seedArticle());
        String claimId = rita.openClaimFromBoard("Kiev affirme que");
        assertThat(rita.state()).isEqualTo("New");
        rita.take();
        rita.confirmClaimant("An organisation");
        rita.attachSource(sourceSite.url(TestSourceSite.ARTICLE_PATH));
        assertThat(rita.waitForSourceStatus("Stored")).contains("Unemployment statistics, third quarter");
        rita.draftVerdict(
                        "Mostly true",
                        "Kyiv did set these conditions for talks.",
                        "Ukrainian officials repeated the conditions throughout the autumn.")
                .propose();

        new WorkspacePage(openBrowser(), base)
                .signIn("eddie", "eddie-password")
                .openClaim(claimId)
                .approve();

        PublicCheckPage page = new PublicCheckPage(openBrowser(), base, claimId);
        assertThat(page.url()).contains("/checks/kiev-affirme-que");
        assertThat(page.rating()).isEqualTo("Mostly true");
        assertThat(page.claimText()).startsWith("Kiev affirme que des pourparlers de paix");
        JsonNode review = JsonMapper.builder().build().readTree(page.jsonLd());
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(4);
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("Mostly true");
        assertThat(review.get("itemReviewed").get("author").get("name").asString())
                .isEqualTo("Kiev");
    }
}
