package com.claimboard.publishing;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /search?q=}: the standing fact-checks that match, ten a page. A blank query, one without a letter or a
 * digit, or one past the length limit gets the same page with a word on what to type instead, never an error.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 10;

    private final PublicSearch search;

    SearchController(PublicSearch search) {
        this.search = search;
    }

    /** Why a query was not run, for the page to say. */
    enum Refusal {
        EMPTY,
        NO_WORDS,
        TOO_LONG
    }

    @GetMapping("/search")
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "1") String page,
            Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, SiteCaching.PAGE);
        String query = q == null ? "" : q.strip();
        model.addAttribute("query", query);
        model.addAttribute("maxQuery", PublicSearch.MAX_QUERY);
        Refusal refusal = query.isEmpty()
                ? Refusal.EMPTY
                : query.codePointCount(0, query.length()) > PublicSearch.MAX_QUERY
                        ? Refusal.TOO_LONG
                        : query.codePoints().noneMatch(Character::isLetterOrDigit) ? Refusal.NO_WORDS : null;
        if (refusal != null) {
            model.addAttribute("refusal", refusal.name());
            model.addAttribute("queryLength", query.codePointCount(0, query.length()));
            return "site/search";
        }
        int number = pageNumber(page);
        PublicSearch.Results results = search.search(query, number, PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("pages", new Pages(query, results.page(), results.pages()));
        return "site/search";
    }

    /** The addresses of the other pages of the same query. */
    record Pages(String query, int page, int pages) {
        public String href(int number) {
            UriComponentsBuilder href = UriComponentsBuilder.fromPath("/search").queryParam("q", query);
            if (number > 1) {
                href.queryParam("page", number);
            }
            return href.encode().build().toUriString();
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
