package com.claimboard.publishing;

import com.claimboard.organisation.OrganisationService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * A fact-check elsewhere: the image a social network shows with its link, the small card another site frames
 * ({@code /embed/checks/{slug}}, the one page that may be framed), and oEmbed, so that a CMS given the page's
 * link finds the card itself.
 */
@Controller
class SharingController {

    static final int EMBED_WIDTH = 560;
    static final int EMBED_HEIGHT = 320;

    private final PublishingService publishing;
    private final OrganisationService organisation;
    private final PublicBaseUrl baseUrl;

    SharingController(PublishingService publishing, OrganisationService organisation, PublicBaseUrl baseUrl) {
        this.publishing = publishing;
        this.organisation = organisation;
        this.baseUrl = baseUrl;
    }

    /** Drawn once per language and correction: the site keeps the bytes ({@link PublicPageCache}). */
    @GetMapping(value = "/checks/{slug}/share.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> image(@PathVariable String slug, HttpServletRequest request) {
        PublishedCheck check = standing(slug);
        Locale locale = RequestContextUtils.getLocale(request);
        byte[] png = ShareImage.png(
                organisation.profile().name(),
                check.claimText(),
                check.rating().name(locale),
                check.rating().colour(),
                URI.create(baseUrl.value()).getHost());
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, SiteCaching.PAGE)
                .lastModified(check.lastChanged())
                .contentType(MediaType.IMAGE_PNG)
                .body(png);
    }

    @GetMapping("/embed/checks/{slug}")
    String embed(@PathVariable String slug, Model model, HttpServletResponse response) {
        PublishedCheck check = standing(slug);
        response.setHeader(HttpHeaders.CACHE_CONTROL, SiteCaching.PAGE);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, check.lastChanged().toEpochMilli());
        model.addAttribute("check", check);
        model.addAttribute("pageUrl", baseUrl.of("/checks/" + check.slug()));
        return "site/embed";
    }

    /**
     * oEmbed 1.0 (oembed.com): the card for one of our fact-check addresses, as JSON; 404 for any other address,
     * 410 for a withdrawn one, 501 for a format other than JSON.
     */
    @GetMapping(value = "/oembed", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> oembed(
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) Integer maxwidth,
            @RequestParam(required = false) Integer maxheight,
            HttpServletRequest request) {
        if (format != null && !format.equalsIgnoreCase("json")) {
            // What oEmbed asks of a provider without that format; not a failure of ours.
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Not Implemented");
            problem.put("status", 501);
            problem.put("detail", "Only format=json is served.");
            return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        String slug = slugOf(url);
        PublishedCheck check = standing(slug);
        int width = maxwidth != null && maxwidth > 0 ? Math.min(EMBED_WIDTH, maxwidth) : EMBED_WIDTH;
        int height = maxheight != null && maxheight > 0 ? Math.min(EMBED_HEIGHT, maxheight) : EMBED_HEIGHT;
        Locale locale = RequestContextUtils.getLocale(request);
        String name = organisation.profile().name();
        String title = check.rating().name(locale) + " — " + check.claimText();
        String embedUrl = baseUrl.of("/embed/checks/" + check.slug());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", "1.0");
        answer.put("type", "rich");
        answer.put("title", title);
        answer.put("provider_name", name);
        answer.put("provider_url", baseUrl.of("/"));
        answer.put("cache_age", 3600);
        answer.put(
                "html",
                "<iframe src=\"" + HtmlUtils.htmlEscape(embedUrl) + "\" width=\"" + width + "\" height=\"" + height
                        + "\" title=\"" + HtmlUtils.htmlEscape(title) + "\" style=\"border:0\" loading=\"lazy\""
                        + " referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>");
        answer.put("width", width);
        answer.put("height", height);
        answer.put("thumbnail_url", baseUrl.of("/checks/" + check.slug() + "/share.png"));
        answer.put("thumbnail_width", ShareImage.WIDTH);
        answer.put("thumbnail_height", ShareImage.HEIGHT);
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, SiteCaching.PAGE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer);
    }

    /** The slug of one of our own fact-check addresses (with or without a query), or 404. */
    private String slugOf(String url) {
        if (url == null || url.isBlank()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        URI asked;
        URI ours = URI.create(baseUrl.value());
        try {
            asked = URI.create(url.strip());
        } catch (IllegalArgumentException malformed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String path = asked.getPath();
        if (asked.getHost() == null
                || !asked.getHost().equalsIgnoreCase(ours.getHost())
                || path == null
                || !path.matches("/checks/[a-z0-9-]+/?")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return path.substring("/checks/".length()).replace("/", "");
    }

    private PublishedCheck standing(String slug) {
        PublishedCheck check =
                publishing.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (check.withdrawn()) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        return check;
    }
}
