package com.claimboard.publishing;

import com.claimboard.organisation.OrganisationProfile;
import com.claimboard.verdict.RatingScale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the fact-check template needs besides the check: its public address and its ClaimReview, by the
 * organisation {@link SiteModel} already put in the model. One place for the public page and the editors' preview.
 */
@Component
class CheckPage {

    private final PublicBaseUrl baseUrl;
    private final RatingScale ratings;

    CheckPage(PublicBaseUrl baseUrl, RatingScale ratings) {
        this.baseUrl = baseUrl;
        this.ratings = ratings;
    }

    String render(Model model, PublishedCheck check) {
        String pageUrl = baseUrl.of("/checks/" + check.slug());
        OrganisationProfile organisation = (OrganisationProfile) model.getAttribute("organisationProfile");
        model.addAttribute("check", check);
        model.addAttribute("pageUrl", pageUrl);
        // The scale as it stands, to read the rating against; the rating itself is shown as it was published.
        model.addAttribute("legend", ratings.active());
        model.addAttribute(
                "jsonLd",
                ClaimReviewJsonLd.script(ClaimReviewJsonLd.of(check, pageUrl, organisation, baseUrl.value())));
        return "site/check";
    }
}
