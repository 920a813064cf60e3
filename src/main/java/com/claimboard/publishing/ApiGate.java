package com.claimboard.publishing;

import com.claimboard.shared.Negotiation;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of the machine endpoints ({@code /api/}, {@code /oembed}): open to pages of any origin for reading
 * (CORS for GET and HEAD, preflight included), and a request budget per client address, refilled steadily,
 * that answers {@code 429 Too Many Requests} with {@code Retry-After} once spent. Runs before {@link
 * PublicPageCache}, so a kept answer is counted too.
 */
@Component
@Order(PublicPageCache.ORDER - 1)
class ApiGate extends OncePerRequestFilter {

    private final int requests;
    private final long refillNanos;
    private final Cache<String, Budget> budgets;

    ApiGate(
            @Value("${claimboard.api.requests-per-minute:300}") int requestsPerMinute,
            @Value("${claimboard.api.burst:60}") int burst) {
        this.requests = Math.max(1, burst);
        this.refillNanos = Duration.ofMinutes(1).toNanos() / Math.max(1, requestsPerMinute);
        this.budgets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofMinutes(10))
                .maximumSize(100_000)
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith(ClaimReviewApi.BASE + "/") || path.equals("/oembed"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Link, Retry-After");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
            response.setHeader(
                    "Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match, If-Modified-Since");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        long wait = budgets.get(request.getRemoteAddr(), address -> new Budget(requests, refillNanos))
                .take();
        if (wait > 0) {
            refuse(request, response, wait);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long waitNanos)
            throws IOException {
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        boolean json = Negotiation.prefersJson(request.getHeader(HttpHeaders.ACCEPT), true);
        String detail = "This client has used its request budget; try again in " + seconds + " s (Retry-After).";
        byte[] body;
        if (json) {
            response.setContentType("application/problem+json");
            body = ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"" + detail
                            + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            body = detail.getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A token bucket: {@code capacity} requests at once, one more every {@code refillNanos}. */
    static final class Budget {
        private final int capacity;
        private final long refillNanos;
        private double tokens;
        private long updated;

        Budget(int capacity, long refillNanos) {
            this.capacity = capacity;
            this.refillNanos = refillNanos;
            this.tokens = capacity;
            this.updated = System.nanoTime();
        }

        /** Takes one request from the budget: 0 if allowed, otherwise how long until the next one is. */
        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (double) (now - updated) / refillNanos);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * refillNanos);
        }
    }
}
