package com.claimboard.publishing;

import com.claimboard.organisation.OrganisationProfile;
import com.claimboard.organisation.OrganisationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The published fact-checks for machines: schema.org ClaimReview as JSON-LD, read-only and anonymous. The list is
 * in the order fact-checks last changed, so a client that keeps the last cursor (or the time it last asked, as
 * {@code since}) gets every new publication and correction exactly once. Caching and ETags: {@link
 * PublicPageCache}; CORS and the per-client budget: {@link ApiGate}.
 */
@RestController
@RequestMapping(ClaimReviewApi.BASE)
@Tag(name = "ClaimReview", description = "Published fact-checks as schema.org ClaimReview")
class ClaimReviewApi {

    static final String BASE = "/api/v1";
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private final PublishingService publishing;
    private final OrganisationService organisation;
    private final PublicBaseUrl baseUrl;

    ClaimReviewApi(PublishingService publishing, OrganisationService organisation, PublicBaseUrl baseUrl) {
        this.publishing = publishing;
        this.organisation = organisation;
        this.baseUrl = baseUrl;
    }

    @GetMapping(value = "/claim-reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Published fact-checks, in the order they last changed",
            description = "Cursor-paged: follow `next` (also sent as a Link header) until it is null. Withdrawn"
                    + " fact-checks leave the list; their own address answers 410.")
    ResponseEntity<Map<String, Object>> list(
            @Parameter(description = "Only those published or corrected at or after this instant or day (ISO 8601)")
                    @RequestParam(required = false)
                    String since,
            @Parameter(description = "Only this rating, by its code (FALSE, MOSTLY_TRUE…)")
                    @RequestParam(required = false)
                    String rating,
            @Parameter(description = "Only claims in this language (fr, en…)") @RequestParam(required = false)
                    String language,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false)
                    String cursor,
            @Parameter(description = "How many per page, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")")
                    @RequestParam(required = false)
                    String limit) {
        Instant from = since(since);
        int size = limit(limit);
        ApiCursor after = cursor(cursor);
        String wantedRating = blankToNull(rating);
        String wantedLanguage = blankToNull(language);
        List<PublishingService.Listed> found =
                publishing.changedInOrder(from, wantedRating, wantedLanguage, after, size);
        boolean more = found.size() > size;
        List<PublishingService.Listed> page = more ? found.subList(0, size) : found;
        OrganisationProfile by = organisation.profile();
        List<Map<String, Object>> items = new ArrayList<>();
        for (PublishingService.Listed listed : page) {
            items.add(review(listed.check(), by));
        }
        String next = null;
        if (more) {
            PublishingService.Listed last = page.getLast();
            next = UriComponentsBuilder.fromUriString(baseUrl.of(BASE + "/claim-reviews"))
                    .queryParamIfPresent("since", java.util.Optional.ofNullable(since))
                    .queryParamIfPresent("rating", java.util.Optional.ofNullable(wantedRating))
                    .queryParamIfPresent("language", java.util.Optional.ofNullable(wantedLanguage))
                    .queryParam("cursor", new ApiCursor(last.check().publishedAt(), last.id()).encode())
                    .queryParam("limit", size)
                    .encode()
                    .build()
                    .toUriString();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", next);
        ResponseEntity.BodyBuilder answer = ok();
        if (next != null) {
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        if (!page.isEmpty()) {
            answer.lastModified(page.stream()
                    .map(listed -> listed.check().lastChanged())
                    .max(Instant::compareTo)
                    .orElseThrow());
        }
        return answer.body(body);
    }

    @GetMapping(
            value = "/claim-reviews/{slug}",
            produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One published fact-check", description = "404 if there is none; 410 once withdrawn.")
    ResponseEntity<Map<String, Object>> one(@PathVariable String slug) {
        PublishedCheck check = publishing.bySlug(slug).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, null));
        if (check.withdrawn()) {
            throw new ApiProblem(HttpStatus.GONE, null);
        }
        return ok().contentType(JSON_LD).lastModified(check.lastChanged()).body(review(check, organisation.profile()));
    }

    @GetMapping(
            value = "/data-feed",
            produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Every standing fact-check as a schema.org DataFeed",
            description = "The form fact-check aggregators ingest: one DataFeedItem per ClaimReview.")
    ResponseEntity<Map<String, Object>> dataFeed() {
        OrganisationProfile by = organisation.profile();
        List<Map<String, Object>> elements = new ArrayList<>();
        Instant newest = null;
        ApiCursor after = null;
        List<PublishingService.Listed> batch;
        do {
            batch = publishing.changedInOrder(null, null, null, after, 500);
            for (PublishingService.Listed listed : batch.subList(0, Math.min(500, batch.size()))) {
                PublishedCheck check = listed.check();
                Map<String, Object> element = new LinkedHashMap<>();
                element.put("@type", "DataFeedItem");
                element.put("dateCreated", check.firstPublishedAt().toString());
                element.put("dateModified", check.publishedAt().toString());
                Map<String, Object> review = review(check, by);
                review.remove("@context");
                element.put("item", List.of(review));
                elements.add(element);
                newest = check.publishedAt();
                after = new ApiCursor(check.publishedAt(), listed.id());
            }
        } while (batch.size() > 500);
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        feed.put("name", by.name());
        feed.put("url", baseUrl.of(BASE + "/data-feed"));
        if (newest != null) {
            feed.put("dateModified", newest.toString());
        }
        feed.put("dataFeedElement", elements);
        ResponseEntity.BodyBuilder answer = ok().contentType(JSON_LD);
        if (newest != null) {
            answer.lastModified(newest);
        }
        return answer.body(feed);
    }

    private Map<String, Object> review(PublishedCheck check, OrganisationProfile by) {
        return ClaimReviewJsonLd.of(check, baseUrl.of("/checks/" + check.slug()), by, baseUrl.value());
    }

    private static ResponseEntity.BodyBuilder ok() {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, SiteCaching.PAGE);
    }

    /** A request the API cannot answer as asked: RFC 9457 problem details naming what is wrong. */
    static final class ApiProblem extends RuntimeException {
        private final HttpStatus status;

        ApiProblem(HttpStatus status, String detail) {
            super(detail);
            this.status = status;
        }
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> problem(ApiProblem problem, jakarta.servlet.http.HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.status.getReasonPhrase());
        body.put("status", problem.status.value());
        if (problem.getMessage() != null) {
            body.put("detail", problem.getMessage());
        }
        body.put("instance", request.getRequestURI());
        return ResponseEntity.status(problem.status)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static Instant since(String since) {
        String value = blankToNull(since);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    "since must be an ISO 8601 day (2026-12-01) or instant (2026-12-01T09:30:00Z), not " + value);
        }
    }

    private static int limit(String limit) {
        String value = blankToNull(limit);
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // below
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static ApiCursor cursor(String cursor) {
        String value = blankToNull(cursor);
        if (value == null) {
            return null;
        }
        try {
            return ApiCursor.decode(value);
        } catch (IllegalArgumentException malformed) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST, "cursor is not one this API gave: use the `next` link as it is");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
