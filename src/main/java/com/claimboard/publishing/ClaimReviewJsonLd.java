package com.claimboard.publishing;

import com.claimboard.shared.WebAddresses;
import com.claimboard.verdict.Rating;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org ClaimReview for one published fact-check, as Google and other crawlers read it. Written as a
 * string safe to place inside a script element.
 */
final class ClaimReviewJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaimReviewJsonLd() {}

    static Map<String, Object> of(
            PublishedCheck check, String pageUrl, com.claimboard.organisation.OrganisationProfile by, String siteUrl) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@type", "Organization");
        organisation.put("name", by.name());
        organisation.put("url", by.websiteUrl() != null ? by.websiteUrl() : siteUrl);
        if (by.hasLogo()) {
            Map<String, Object> logo = new LinkedHashMap<>();
            logo.put("@type", "ImageObject");
            logo.put("url", siteUrl + "/organisation/logo?v=" + by.logoVersion());
            organisation.put("logo", logo);
        }

        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        PublishedRating value = check.rating();
        if (value.value() != null) {
            rating.put("ratingValue", value.value());
            rating.put("bestRating", Rating.BEST);
            rating.put("worstRating", Rating.WORST);
        }
        // The English name, as fact-check aggregators read it, as it was when the verdict was published.
        rating.put("alternateName", value.name(java.util.Locale.ENGLISH));

        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        appearance.put("headline", check.articleTitle());
        WebAddresses.href(check.articleUrl()).ifPresent(url -> appearance.put("url", url));
        if (check.articlePublishedOn() != null) {
            appearance.put("datePublished", check.articlePublishedOn().toString());
        }
        if (check.articleOutlet() != null) {
            appearance.put("publisher", Map.of("@type", "Organization", "name", check.articleOutlet()));
        }

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (check.speaker() != null) {
            String type = "ORGANIZATION".equals(check.claimantKind()) ? "Organization" : "Person";
            claim.put("author", Map.of("@type", type, "name", check.speaker()));
        }
        if (check.claimMadeOn() != null) {
            claim.put("datePublished", check.claimMadeOn().toString());
        } else if (check.articlePublishedOn() != null) {
            claim.put("datePublished", check.articlePublishedOn().toString());
        }
        if (check.appearanceHref() != null) {
            claim.put(
                    "appearance",
                    java.util.List.of(Map.of("@type", "CreativeWork", "url", check.appearanceHref()), appearance));
        } else {
            claim.put("appearance", appearance);
        }
        if (check.claimLang() != null) {
            claim.put("inLanguage", check.claimLang());
        }

        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", pageUrl);
        review.put("claimReviewed", check.claimText());
        review.put("itemReviewed", claim);
        review.put("author", organisation);
        review.put(
                "datePublished",
                check.firstPublishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        if (check.corrected()) {
            review.put(
                    "dateModified", check.publishedAt().atOffset(ZoneOffset.UTC).toString());
        }
        review.put("reviewRating", rating);
        review.put("reviewBody", check.summary());
        return review;
    }

    /** JSON with "<" escaped, so no text of ours can close the script element it sits in. */
    static String script(Map<String, Object> jsonLd) {
        return JSON.writeValueAsString(jsonLd).replace("<", "\\u003c");
    }
}
