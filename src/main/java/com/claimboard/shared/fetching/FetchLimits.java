package com.claimboard.shared.fetching;

import java.time.Duration;

/**
 * Bounds on one fetch.
 *
 * @param timeout connect and read time allowed for each request (jsoup enforces the read as a total)
 * @param maxBytes the largest body accepted; a larger one fails, it is never silently cut
 * @param maxRedirects hops followed, each one checked like the first request
 */
public record FetchLimits(Duration timeout, int maxBytes, int maxRedirects) {

    public static FetchLimits defaults() {
        return new FetchLimits(Duration.ofSeconds(15), 5 * 1024 * 1024, 5);
    }
}
