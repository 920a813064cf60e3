package com.claimboard.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/**
 * The ClaimReview fields Google's fact-check documentation requires (claimReviewed, reviewRating with
 * alternateName, url) and recommends (author with name, datePublished, itemReviewed as a Claim with its
 * appearance and date), checked on what the site serves.
 */
final class ClaimReviewFields {

    private ClaimReviewFields() {}

    static void assertComplete(JsonNode review) {
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        // Required.
        assertThat(review.get("claimReviewed").asString()).isNotBlank();
        assertThat(review.get("url").asString()).matches("https?://.+/checks/.+");
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("@type").asString()).isEqualTo("Rating");
        assertThat(rating.get("alternateName").asString()).isNotBlank();
        if (rating.has("ratingValue")) {
            int value = rating.get("ratingValue").asInt();
            assertThat(value)
                    .isBetween(
                            rating.get("worstRating").asInt(),
                            rating.get("bestRating").asInt());
        }
        // Recommended.
        assertThat(review.get("author").get("name").asString()).isNotBlank();
        assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(review.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode claim = review.get("itemReviewed");
        assertThat(claim.get("@type").asString()).isEqualTo("Claim");
        assertThat(claim.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode appearance = claim.get("appearance");
        JsonNode first = appearance.isArray() ? appearance.get(0) : appearance;
        assertThat(first.get("@type").asString()).isEqualTo("CreativeWork");
    }
}
