package com.claimboard.shared.fetching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches a URL that a user gave us, safely: only http and https; no credentials or numbers-as-host tricks;
 * every address the host resolves to must be allowed by the {@link AddressPolicy} (the production one allows only
 * the public internet), and the connection goes to exactly those checked addresses, never to a second answer of
 * the name server; redirects are followed here, hop by hop, each hop checked again; every request is bounded in
 * time as a whole; and a body over the size cap fails instead of being cut. The bytes are returned for jsoup (the
 * extractor) to parse. See docs/decisions/0004-safe-fetcher.md.
 */
public final class SafeFetcher {

    private static final String USER_AGENT = "Claimboard/0.1 (fact-checking source archiver)";

    private final AddressCheck check;
    private final FetchLimits limits;
    private final HostResolver resolver;

    public SafeFetcher(AddressPolicy policy, FetchLimits limits) {
        this(policy, limits, HostResolver.system());
    }

    /** With a resolver of one's own, so tests can give a public-looking name any address. */
    public SafeFetcher(AddressPolicy policy, FetchLimits limits, HostResolver resolver) {
        this.check = new AddressCheck(policy);
        this.limits = limits;
        this.resolver = resolver;
    }

    /**
     * Refuses what can be refused from the address alone, without a lookup: not http(s), credentials, a host
     * written as a number in an odd form, a literal private address. Used before an address is stored, so the
     * person hears at once why it cannot be fetched; the fetch checks all of it again, and the host's addresses.
     */
    public void checkAddress(String url) throws FetchFailure {
        check.parse(url == null ? "" : url.strip());
    }

    public FetchedPage fetch(String url) throws FetchFailure {
        String requested = url == null ? "" : url.strip();
        Instant deadline = Instant.now().plus(limits.timeout());
        AddressCheck.Target target = check.resolve(requested, resolver);
        for (int hop = 0; ; hop++) {
            HttpGet request = get(target.uri());
            CloseableHttpClient client = pinnedTo(target);
            try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
                int status = response.getCode();
                Header location = response.getFirstHeader("Location");
                if (status >= 300 && status < 400 && location != null) {
                    request.cancel(); // the redirect's body is not read
                    if (hop >= limits.maxRedirects()) {
                        throw new FetchFailure(
                                FetchFailure.Reason.TOO_MANY_REDIRECTS,
                                "more than " + limits.maxRedirects() + " redirects");
                    }
                    target = check.resolve(next(target.uri(), location.getValue()), resolver);
                    continue;
                }
                if (status >= 400) {
                    request.cancel();
                    throw FetchFailure.status(status);
                }
                HttpEntity entity = response.getEntity();
                ContentType type = entity == null ? null : contentType(entity.getContentType());
                byte[] body = entity == null ? new byte[0] : body(entity, deadline, request);
                Charset charset = type == null ? null : type.getCharset();
                return new FetchedPage(
                        requested,
                        target.uri().toString(),
                        status,
                        entity == null ? null : entity.getContentType(),
                        charset == null ? null : charset.name(),
                        body);
            } catch (FetchFailure failure) {
                throw failure;
            } catch (UnknownHostException e) {
                throw new FetchFailure(FetchFailure.Reason.UNKNOWN_HOST, "unknown host " + target.host(), e);
            } catch (SocketTimeoutException e) { // connect and read timeouts alike
                throw timeout(e);
            } catch (InterruptedIOException e) {
                Thread.currentThread().interrupt();
                throw new FetchFailure(FetchFailure.Reason.NETWORK, "the fetch was interrupted", e);
            } catch (IOException | RuntimeException e) {
                throw new FetchFailure(FetchFailure.Reason.NETWORK, String.valueOf(e.getMessage()), e);
            } finally {
                // At once: a graceful close would wait on a connection a hostile server keeps busy.
                client.close(CloseMode.IMMEDIATE);
            }
        }
    }

    /**
     * A client whose name lookups answer with exactly the checked addresses of this target (and of no other
     * host), so the connection cannot go anywhere a second lookup would point to. One per hop: a fetch is seconds
     * of network work; building the client costs well under a millisecond.
     */
    private CloseableHttpClient pinnedTo(AddressCheck.Target target) {
        InetAddress[] checked = target.addresses();
        String host = target.host();
        DnsResolver pinned = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String name) throws UnknownHostException {
                if (!host.equalsIgnoreCase(name)) {
                    throw new UnknownHostException(name + " was not checked");
                }
                return checked.clone();
            }

            @Override
            public String resolveCanonicalHostname(String name) {
                return name;
            }
        };
        Timeout timeout = Timeout.of(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(pinned)
                        .setDefaultSocketConfig(
                                SocketConfig.custom().setSoTimeout(timeout).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(timeout)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
    }

    private static HttpGet get(URI uri) {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
        return get;
    }

    private static String next(URI current, String location) throws FetchFailure {
        try {
            return current.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new FetchFailure(FetchFailure.Reason.INVALID_URL, "bad redirect " + location, e);
        }
    }

    private static ContentType contentType(String header) {
        if (header == null) {
            return null;
        }
        try {
            return ContentType.parse(header);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * The whole body, or a failure: over the cap (never cut) or past the deadline (a server dripping bytes). On a
     * failure the connection is dropped, not drained: the rest of a hostile body is never read.
     */
    private byte[] body(HttpEntity entity, Instant deadline, HttpGet request) throws IOException, FetchFailure {
        try {
            return read(entity, deadline);
        } catch (FetchFailure | IOException | RuntimeException failure) {
            request.cancel();
            throw failure;
        }
    }

    private byte[] read(HttpEntity entity, Instant deadline) throws IOException, FetchFailure {
        long declared = entity.getContentLength();
        if (declared > limits.maxBytes() && !entity.isChunked() && entity.getContentEncoding() == null) {
            throw tooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        // Not closed on a failure: closing would read the rest of the body first; the caller drops the connection.
        InputStream in = entity.getContent();
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (out.size() + n > limits.maxBytes()) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
            if (Instant.now().isAfter(deadline)) {
                throw new FetchFailure(FetchFailure.Reason.TIMEOUT, "page took too long to arrive");
            }
        }
        in.close();
        return out.toByteArray();
    }

    private FetchFailure tooLarge() {
        return new FetchFailure(FetchFailure.Reason.TOO_LARGE, "page larger than " + limits.maxBytes() + " bytes");
    }

    private FetchFailure timeout(Exception e) {
        return new FetchFailure(
                FetchFailure.Reason.TIMEOUT,
                "no answer within " + limits.timeout().toSeconds() + " s",
                e);
    }
}
