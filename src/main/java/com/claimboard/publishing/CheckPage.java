package com.claimboard.publishing;

import com.claimboard.organisation.OrganisationProfile;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the fact-check template needs besides the check: its public address and its ClaimReview, by the
 * organisation {@link SiteModel} already put in the model. One place for the public page and the editors' preview.
 */
@Component
class CheckPage {

    private final PublicBaseUrl baseUrl;

    CheckPage(PublicBaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    String render(Model model, PublishedCheck check) {
        String pageUrl = baseUrl.of("/checks/" + check.slug());
        OrganisationProfile organisation = (OrganisationProfile) model.getAttribute("organisationProfile");
        model.addAttribute("check", check);
        model.addAttribute("pageUrl", pageUrl);
        model.addAttribute(
                "jsonLd",
                ClaimReviewJsonLd.script(ClaimReviewJsonLd.of(check, pageUrl, organisation, baseUrl.value())));
        return "site/check";
    }
}
