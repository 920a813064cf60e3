package com.claimboard.publishing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public site: server-rendered, read-only, without a session or a cookie, so a page read by many can be
 * cached by a proxy and needs no JavaScript.
 */
@Controller
class PublicSiteController {

    private static final String CACHE_CONTROL = SiteCaching.PAGE;

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
    String latest(
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "rating", required = false) String rating,
            @RequestParam(name = "language", required = false) String language,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response) {
        int number = pageNumber(page);
        HomeFilters filters = new HomeFilters(blankToNull(rating), blankToNull(language), SiteLocale.chosen(request));
        PublishingService.CheckList list = publishing.standing(filters.rating(), filters.language(), number, PAGE_SIZE);
        if (number > list.pages()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("list", list);
        model.addAttribute("filters", filters);
        model.addAttribute("ratingOptions", ratingOptions(list.ratings(), locale));
        model.addAttribute("languageOptions", languageOptions(list.languages(), locale));
        return "site/index";
    }

    static final int PAGE_SIZE = 20;

    /** The home page's filters, and the addresses of its other pages with the same filters and language. */
    record HomeFilters(String rating, String language, Locale chosenLanguage) {

        public String pageHref(int page) {
            UriComponentsBuilder href = UriComponentsBuilder.fromPath("/");
            if (page > 1) {
                href.queryParam("page", page);
            }
            if (rating != null) {
                href.queryParam("rating", rating);
            }
            if (language != null) {
                href.queryParam("language", language);
            }
            if (chosenLanguage != null) {
                href.queryParam(SiteLocale.PARAMETER, chosenLanguage.getLanguage());
            }
            return href.encode().build().toUriString();
        }

        public boolean any() {
            return rating != null || language != null;
        }

        public String withoutFilters() {
            return new HomeFilters(null, null, chosenLanguage).pageHref(1);
        }
    }

    /** A choice in a filter: the value sent and what the reader sees. */
    record Option(String value, String label) {}

    private List<Option> ratingOptions(List<String> codes, Locale locale) {
        return ratings.all().stream()
                .filter(entry -> codes.contains(entry.code()))
                .map(entry -> new Option(entry.code(), entry.name(locale)))
                .toList();
    }

    private static List<Option> languageOptions(List<String> codes, Locale locale) {
        return codes.stream()
                .sorted()
                .map(code -> {
                    String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
                    return new Option(
                            code, name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1));
                })
                .toList();
    }

    /** A page number as the address gives it: a positive whole number, or there is no such page. */
    private static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // below
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GetMapping("/checks/{slug}")
    String check(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublishedCheck check =
                publishing.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, check.lastChanged().toEpochMilli());
        if (check.withdrawn()) {
            // Gone, and said so at its own address: the notice, never the rating or ClaimReview again.
            model.addAttribute("check", check);
            response.setStatus(HttpStatus.GONE.value());
            return "site/withdrawn";
        }
        return checkPage.render(model, check, RequestContextUtils.getLocale(request));
    }

    /** An article with its checked claims marked in place, each linking to its fact-check. */
    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, Model model, HttpServletResponse response) {
        long articleId;
        try {
            articleId = Long.parseLong(id);
        } catch (NumberFormatException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AnnotatedArticle article = publishing
                .annotatedArticle(articleId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (article.gone()) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, article.lastChanged().toEpochMilli());
        model.addAttribute("article", article);
        model.addAttribute("paragraphs", article.paragraphs());
        return "site/article";
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
                .orElseThrow(() -> new ResponseStatusException(
                        publishing
                                        .bySlug(slug)
                                        .filter(PublishedCheck::withdrawn)
                                        .isPresent()
                                ? HttpStatus.GONE
                                : HttpStatus.NOT_FOUND));
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
