package com.claimboard.source;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * At most so many fetches from one site (host and port) at a time, on this node: a desk attaching fifty pages of one site does
 * not hammer it, and a slow site holds only its own share of the fetch threads.
 */
final class HostLimits {

    private final int perHost;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostLimits(int perHost) {
        if (perHost < 1) {
            throw new IllegalArgumentException("at least one fetch per host");
        }
        this.perHost = perHost;
    }

    /** Takes one of the host's places, if one is free; the caller must {@link #release} it. */
    boolean tryAcquire(String host) {
        return hosts.computeIfAbsent(host, h -> new Semaphore(perHost)).tryAcquire();
    }

    void release(String host) {
        hosts.get(host).release();
    }

    /** The site an address belongs to: its host and port (two sites on one machine are two sites). */
    static String siteOf(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            String host = uri.getHost();
            if (host == null) {
                return url;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return host.toLowerCase(java.util.Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException malformed) {
            return url;
        }
    }
}
