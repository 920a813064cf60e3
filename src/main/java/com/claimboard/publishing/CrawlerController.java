package com.claimboard.publishing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What crawlers read first: {@code /robots.txt} (the workspace is not for them) and {@code /sitemap.xml}, every
 * standing public page with the day it last changed. Both from the configured public address, never the
 * request's Host.
 */
@RestController
class CrawlerController {

    /** The sitemap protocol's limit for one file; a larger desk would need a sitemap index. */
    static final int SITEMAP_LIMIT = 50_000;

    private static final String CACHE_CONTROL = SiteCaching.CRAWLER;

    private final PublishingService publishing;
    private final PublicBaseUrl baseUrl;

    CrawlerController(PublishingService publishing, PublicBaseUrl baseUrl) {
        this.publishing = publishing;
        this.baseUrl = baseUrl;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Disallow: /app/
                Disallow: /login
                Disallow: /logout
                Disallow: /password/
                Disallow: /VAADIN/

                Sitemap: %s
                """.formatted(baseUrl.of("/sitemap.xml"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        List<PublishedCheck> checks = publishing.latest(SITEMAP_LIMIT - 3);
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        String newest = checks.isEmpty() ? null : day(checks.getFirst().publishedAt());
        url(xml, baseUrl.of("/"), newest);
        url(xml, baseUrl.of("/methodology"), null);
        url(xml, baseUrl.of("/corrections"), null);
        java.util.Map<Long, java.time.Instant> articles = new java.util.LinkedHashMap<>();
        for (PublishedCheck check : checks) {
            url(xml, baseUrl.of("/checks/" + check.slug()), day(check.publishedAt()));
            articles.merge(check.articleId(), check.publishedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        // Each annotated article once, as long as the sitemap has room (checks first: they are what is looked for).
        articles.entrySet().stream()
                .limit(Math.max(0, SITEMAP_LIMIT - 3 - checks.size()))
                .forEach(article -> url(xml, baseUrl.of("/articles/" + article.getKey()), day(article.getValue())));
        xml.append("</urlset>\n");
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .contentType(new MediaType(MediaType.APPLICATION_XML, java.nio.charset.StandardCharsets.UTF_8))
                .body(xml.toString());
    }

    private static void url(StringBuilder xml, String location, String lastModified) {
        xml.append("  <url><loc>").append(escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String day(java.time.Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atOffset(ZoneOffset.UTC));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
