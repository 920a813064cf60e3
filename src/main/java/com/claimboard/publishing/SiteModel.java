package com.claimboard.publishing;

import com.claimboard.organisation.OrganisationProfile;
import com.claimboard.organisation.OrganisationService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every public page shows, error pages included: the organisation (name, logo) and the site's base address. */
@ControllerAdvice
class SiteModel {

    private final OrganisationService organisation;
    private final PublicBaseUrl baseUrl;

    SiteModel(OrganisationService organisation, PublicBaseUrl baseUrl) {
        this.organisation = organisation;
        this.baseUrl = baseUrl;
    }

    /** The organisation's name and logo head every page (error pages too): read once per page. */
    @ModelAttribute
    void organisation(org.springframework.ui.Model model) {
        OrganisationProfile profile = organisation.profile();
        model.addAttribute("organisationProfile", profile);
        model.addAttribute("organisation", profile.name());
    }

    @ModelAttribute("siteUrl")
    String siteUrl() {
        return baseUrl.value();
    }
}
