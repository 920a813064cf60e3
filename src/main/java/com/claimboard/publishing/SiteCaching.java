package com.claimboard.publishing;

/**
 * How long others may keep the public site's answers. A browser or a CDN keeps a page a minute, then asks again
 * (a {@code 304} when nothing changed) and may show the copy it has for another minute while it asks, or for a
 * day if the site is down. A correction is therefore everywhere within two minutes; the site's own copies
 * ({@link PublicPageCache}) are dropped at once.
 */
final class SiteCaching {

    static final String PAGE = "public, max-age=60, stale-while-revalidate=60, stale-if-error=86400";

    /** What crawlers read once in a while (robots.txt, the sitemap). */
    static final String CRAWLER = "public, max-age=3600";

    private SiteCaching() {}
}
