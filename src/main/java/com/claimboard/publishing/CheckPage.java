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

    String render(Model model, PublishedCheck check, java.util.Locale locale) {
        String pageUrl = baseUrl.of("/checks/" + check.slug());
        OrganisationProfile organisation = (OrganisationProfile) model.getAttribute("organisationProfile");
        model.addAttribute("check", check);
        model.addAttribute("pageUrl", pageUrl);
        model.addAttribute("share", Share.of(check, pageUrl, baseUrl, locale));
        // The scale as it stands, to read the rating against; the rating itself is shown as it was published.
        model.addAttribute("legend", ratings.active());
        model.addAttribute(
                "jsonLd",
                ClaimReviewJsonLd.script(ClaimReviewJsonLd.of(check, pageUrl, organisation, baseUrl.value())));
        return "site/check";
    }

    /** What a shared link shows: Open Graph and Twitter card, the share image, and the oEmbed address. */
    record Share(String url, String title, String description, String image, String imageAlt, String oembed) {

        static Share of(PublishedCheck check, String pageUrl, PublicBaseUrl baseUrl, java.util.Locale locale) {
            String rating = check.rating().name(locale);
            String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
            return new Share(
                    pageUrl,
                    rating + " — " + check.claimText(),
                    check.summary(),
                    baseUrl.of("/checks/" + check.slug() + "/share.png?lang=" + language),
                    rating + ": " + check.claimText(),
                    org.springframework.web.util.UriComponentsBuilder.fromUriString(baseUrl.of("/oembed"))
                            .queryParam("url", pageUrl)
                            .queryParam("format", "json")
                            .encode()
                            .build()
                            .toUriString());
        }
    }
}
