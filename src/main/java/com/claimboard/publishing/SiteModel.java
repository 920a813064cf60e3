package com.claimboard.publishing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every public page shows, error pages included: the organisation's name and the site's base address. */
@ControllerAdvice
class SiteModel {

    private final String organisationName;
    private final PublicBaseUrl baseUrl;

    SiteModel(@Value("${claimboard.organisation.name:Claimboard}") String organisationName, PublicBaseUrl baseUrl) {
        this.organisationName = organisationName;
        this.baseUrl = baseUrl;
    }

    @ModelAttribute("organisation")
    String organisation() {
        return organisationName;
    }

    @ModelAttribute("siteUrl")
    String siteUrl() {
        return baseUrl.value();
    }
}
