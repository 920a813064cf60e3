package com.claimboard.publishing;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public site: server-rendered, read-only, without a session or a cookie, so a page read by many can be
 * cached by a proxy and needs no JavaScript.
 */
@Controller
class PublicSiteController {

    private static final String CACHE_CONTROL =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic().getHeaderValue();

    private final PublishingService publishing;
    private final CheckPage checkPage;
    private final com.claimboard.verdict.RatingScale ratings;

    PublicSiteController(
            PublishingService publishing, CheckPage checkPage, com.claimboard.verdict.RatingScale ratings) {
        this.publishing = publishing;
        this.checkPage = checkPage;
        this.ratings = ratings;
    }

    /** The home page; {@link PublicHomeFilter} forwards {@code /} here. */
    @GetMapping(PublicHomeFilter.HOME)
    String latest(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        model.addAttribute("checks", publishing.latest(30));
        return "site/index";
    }

    @GetMapping("/checks/{slug}")
    String check(@PathVariable String slug, Model model, HttpServletResponse response) {
        PublishedCheck check =
                publishing.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (check.withdrawn()) {
            // Gone, and said so at its own address: the notice, never the rating or ClaimReview again.
            model.addAttribute("check", check);
            response.setStatus(HttpStatus.GONE.value());
            return "site/withdrawn";
        }
        return checkPage.render(model, check);
    }

    /** How the desk works: the organisation's methodology, and the rating scale with what each rating means. */
    @GetMapping("/methodology")
    String methodology(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        model.addAttribute("ratings", ratings.active());
        return "site/methodology";
    }

    /** Every correction and withdrawal, newest first. */
    @GetMapping("/corrections")
    String corrections(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        model.addAttribute("entries", publishing.corrections());
        return "site/corrections";
    }

    /** A stable link from the workspace to a claim's public page, whatever its slug; 404 until published. */
    @GetMapping("/checks/by-claim/{claimId}")
    String byClaim(@PathVariable long claimId) {
        return "redirect:"
                + publishing.publicPath(claimId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/checks/{slug}/sources/{sourceId}")
    String snapshot(@PathVariable String slug, @PathVariable long sourceId, Model model, HttpServletResponse response) {
        PublishingService.Snapshot snapshot = publishing
                .snapshot(slug, sourceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute(
                "paragraphs",
                SnapshotParagraphs.of(
                        snapshot.text(),
                        snapshot.check().passagesOf(snapshot.source().sourceId())));
        return "site/snapshot";
    }
}
