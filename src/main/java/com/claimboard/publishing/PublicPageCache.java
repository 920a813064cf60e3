package com.claimboard.publishing;

import com.claimboard.shared.Negotiation;
import com.claimboard.shared.WorkspaceRequests;
import com.claimboard.shared.live.Broadcast;
import com.claimboard.shared.live.Change;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps each public answer as it was sent (status, headers, bytes) and serves it again without rendering or the
 * database, until something the site shows changes ({@link Change.Topic#SITE}, after the commit) or a few
 * minutes pass. Every answer it gives carries an {@code ETag} (and {@code Last-Modified}, the page's own when it
 * states one) and is answered {@code 304 Not Modified} when the reader already has it.
 *
 * <p>Only what is the same for everyone is kept: GET and HEAD answers of the public site with {@code
 * Cache-Control: public}, without a cookie, of status 200, 404 or 410. The key is the address, the page's
 * language, whether the reader asked for JSON or a page, and the scheme (a secure request has HSTS).
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

    /**
     * Before Spring Security (at -100): a kept answer is sent with the headers it was first sent with, security
     * headers included, without running the security filters again. Only an answer that passed them once (the
     * firewall, the public chain) is ever kept.
     */
    static final int ORDER = -101;

    static final String ETAG = HttpHeaders.ETAG;

    private static final Set<Integer> KEPT_STATUSES = Set.of(200, 404, 410);
    private static final Set<String> NOT_REPLAYED =
            Set.of("set-cookie", "date", "content-length", "transfer-encoding", "connection", "keep-alive", "etag");
    private static final int LARGEST = 2 * 1024 * 1024;

    private final Cache<String, Entry> pages;
    private final SiteLocale locales;
    private final Broadcast.Subscription subscription;

    PublicPageCache(
            Broadcast broadcast,
            SiteLocale locales,
            @Value("${claimboard.site.cache-for:PT5M}") Duration keepFor,
            @Value("${claimboard.site.cache-size:64MB}") org.springframework.util.unit.DataSize size) {
        this.locales = locales;
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(keepFor)
                .maximumWeight(size.toBytes())
                .weigher((String key, Entry entry) -> key.length() + entry.body().length + 512)
                .build();
        this.subscription = broadcast.subscribe(change -> {
            if (change.topic() == Change.Topic.SITE) {
                pages.invalidateAll();
            }
        });
    }

    @PreDestroy
    void stop() {
        subscription.cancel();
    }

    /** One answer as it was sent. */
    record Entry(int status, List<String[]> headers, byte[] body, String etag, long lastModified) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("GET".equals(method) || "HEAD".equals(method))
                || WorkspaceRequests.isWorkspace(request)
                // The home page is kept where PublicHomeFilter forwards it (a forward sends the response itself).
                || (path.equals("/") && request.getDispatcherType() == DispatcherType.REQUEST)
                // The site's files and the logo have their own caching.
                || (path.startsWith("/public/") && !path.equals(PublicHomeFilter.HOME))
                || path.startsWith("/organisation/");
    }

    /** Registered for forwards too, so that the home page, forwarded from {@code /}, is kept. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Registration {

        @org.springframework.context.annotation.Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(
                PublicPageCache cache) {
            var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(cache);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
            registration.setOrder(ORDER);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        if (request.getParameter(SiteLocale.PARAMETER) == null && !isApi(request)) {
            // The language comes from the reader's header: a shared cache must keep one copy per language.
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        Entry kept = pages.getIfPresent(key);
        if (kept != null) {
            java.util.Set<String> replayed = new java.util.HashSet<>();
            for (String[] header : kept.headers()) {
                // Set, not added, the first time: a filter before this one may have set the same header already.
                if (replayed.add(header[0].toLowerCase(Locale.ROOT))) {
                    response.setHeader(header[0], header[1]);
                } else {
                    response.addHeader(header[0], header[1]);
                }
            }
            send(kept, request, response);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        // A HEAD answer has no body to keep (the container counted it and sent none).
        Entry fresh = "HEAD".equals(request.getMethod()) ? null : keepable(capture, request);
        if (fresh == null) {
            capture.copyBodyToResponse();
            return;
        }
        pages.put(key, fresh);
        // Its headers are already on the response; the body is still held by the capture.
        send(fresh, request, response);
    }

    /** How many answers are kept now (for tests and the operations page). */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private String key(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean api = isApi(request);
        boolean json = Negotiation.prefersJson(request.getHeader(HttpHeaders.ACCEPT), api);
        String query = request.getQueryString();
        return path + (query == null ? "" : "?" + query) + " "
                + locales.resolveLocale(request).getLanguage() + (json ? " json" : " page");
    }

    private Entry keepable(ContentCachingResponseWrapper capture, HttpServletRequest request) {
        String cacheControl = capture.getHeader(HttpHeaders.CACHE_CONTROL);
        if (!KEPT_STATUSES.contains(capture.getStatus())
                || cacheControl == null
                || !cacheControl.contains("public")
                || capture.containsHeader(HttpHeaders.SET_COOKIE)
                || capture.getContentSize() > LARGEST) {
            return null;
        }
        List<String[]> headers = new ArrayList<>();
        for (String name : capture.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : capture.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        // The container keeps these two apart from the other headers until it sends them.
        String type = capture.getContentType();
        if (type != null && capture.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            headers.add(new String[] {HttpHeaders.CONTENT_TYPE, type});
        }
        if (type != null && type.startsWith("text/html") && capture.getHeader(HttpHeaders.CONTENT_LANGUAGE) == null) {
            String language = locales.resolveLocale(request).getLanguage();
            headers.add(new String[] {HttpHeaders.CONTENT_LANGUAGE, language});
            capture.setHeader(HttpHeaders.CONTENT_LANGUAGE, language);
        }
        byte[] body = capture.getContentAsByteArray();
        String etag = capture.getHeader(ETAG) != null ? capture.getHeader(ETAG) : etagOf(body);
        long lastModified = capture.getHeader(HttpHeaders.LAST_MODIFIED) != null
                ? parseDate(capture.getHeader(HttpHeaders.LAST_MODIFIED))
                : (System.currentTimeMillis() / 1000) * 1000;
        return new Entry(capture.getStatus(), List.copyOf(headers), body, etag, lastModified);
    }

    private static void send(Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(ETAG, entry.etag());
        if (!response.containsHeader(HttpHeaders.LAST_MODIFIED)) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, entry.lastModified());
        }
        if (entry.status() == 200 && notModified(entry, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            // Sent now, with the security headers (which Spring Security writes when the response is committed).
            response.flushBuffer();
            return;
        }
        response.setStatus(entry.status());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }

    /** RFC 9110: If-None-Match decides when sent (weak comparison); otherwise If-Modified-Since. */
    static boolean notModified(Entry entry, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String ours = opaque(entry.etag());
            for (String tag : ifNoneMatch.split(",")) {
                String theirs = tag.strip();
                if (theirs.equals("*") || opaque(theirs).equals(ours)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && entry.lastModified() / 1000 <= since / 1000;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static long parseDate(String value) {
        try {
            return java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()
                    .toEpochMilli();
        } catch (java.time.format.DateTimeParseException malformed) {
            return (System.currentTimeMillis() / 1000) * 1000;
        }
    }
}
