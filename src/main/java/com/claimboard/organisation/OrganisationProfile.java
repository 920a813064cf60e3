package com.claimboard.organisation;

import java.time.Instant;

/**
 * The organisation as every page shows it. {@code methodologyHtml} is the Markdown rendered and cleaned: safe to
 * print as HTML. {@code logoVersion} changes with the logo, for a cache-busting address; null without a logo.
 */
public record OrganisationProfile(
        String name,
        String websiteUrl,
        String contactEmail,
        String methodologyMarkdown,
        String methodologyHtml,
        String logoVersion,
        long version,
        Instant updatedAt) {

    public boolean hasLogo() {
        return logoVersion != null;
    }
}
