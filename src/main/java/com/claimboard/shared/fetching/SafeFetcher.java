package com.claimboard.shared.fetching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Fetches a URL that a user gave us, safely: only http and https; every address the host resolves to must be
 * allowed by the {@link AddressPolicy} (the production one allows only the public internet); redirects are
 * followed here, hop by hop, each hop checked again; every request is time-bounded; and a body over the size
 * cap fails instead of being cut.
 *
 * <p>jsoup resolves the host name again when it connects. The JVM caches the answer we checked (30 s by
 * default), which closes most of the DNS-rebinding window; see docs/decisions/0004-safe-fetcher.md.
 */
public final class SafeFetcher {

    /** Host names written as a bare number, in hex or in octal, which some resolvers read as an address. */
    private static final Pattern NUMERIC_HOST =
            Pattern.compile("(?i)^(?:0x[0-9a-f]+|[0-9]+)(?:\\.(?:0x[0-9a-f]+|[0-9]+)){0,3}$");

    private static final String USER_AGENT = "Claimboard/0.1 (fact-checking source archiver)";

    private final AddressPolicy policy;
    private final FetchLimits limits;
    private final Function<String, InetAddress[]> resolver;

    public SafeFetcher(AddressPolicy policy, FetchLimits limits) {
        this(policy, limits, SafeFetcher::resolve);
    }

    /** With a resolver of one's own, so tests can give a public-looking name any address. */
    public SafeFetcher(AddressPolicy policy, FetchLimits limits, Function<String, InetAddress[]> resolver) {
        this.policy = policy;
        this.limits = limits;
        this.resolver = resolver;
    }

    public FetchedPage fetch(String url) throws FetchFailure {
        String requested = url == null ? "" : url.strip();
        URI current = check(requested);
        for (int hop = 0; ; hop++) {
            Connection.Response response = request(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.hasHeader("Location")) {
                if (hop >= limits.maxRedirects()) {
                    throw new FetchFailure(
                            FetchFailure.Reason.TOO_MANY_REDIRECTS,
                            "more than " + limits.maxRedirects() + " redirects");
                }
                String location = response.header("Location");
                try {
                    current = check(current.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchFailure(FetchFailure.Reason.INVALID_URL, "bad redirect " + location, e);
                }
                continue;
            }
            if (status >= 400) {
                throw new FetchFailure(FetchFailure.Reason.HTTP_STATUS, "HTTP " + status);
            }
            byte[] body = body(response);
            return new FetchedPage(
                    requested, current.toString(), status, response.contentType(), response.charset(), body);
        }
    }

    /** Parses and checks one address: scheme, host, and every IP it resolves to. */
    private URI check(String url) throws FetchFailure {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchFailure(FetchFailure.Reason.INVALID_URL, "not a valid address: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailure(FetchFailure.Reason.UNSUPPORTED_SCHEME, "only http and https are fetched");
        }
        String host = uri.getHost();
        if (host == null && uri.getRawAuthority() != null) {
            // java.net.URI leaves the host out when it is neither a name nor a dotted quad, as in "127.1".
            String authority = uri.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
            if (NUMERIC_HOST.matcher(authority).matches()) {
                throw new FetchFailure(
                        FetchFailure.Reason.REFUSED_ADDRESS, "numeric host names are not fetched: " + authority);
            }
        }
        if (host == null || host.isBlank()) {
            throw new FetchFailure(FetchFailure.Reason.INVALID_URL, "no host in " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchFailure(FetchFailure.Reason.INVALID_URL, "addresses with a user name are not fetched");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (NUMERIC_HOST.matcher(bareHost).matches() && !isDottedQuad(bareHost)) {
            throw new FetchFailure(FetchFailure.Reason.REFUSED_ADDRESS, "numeric host names are not fetched: " + host);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = resolver.apply(IDN.toASCII(bareHost));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new FetchFailure(FetchFailure.Reason.UNKNOWN_HOST, "unknown host " + host, e);
        }
        if (addresses.length == 0) {
            throw new FetchFailure(FetchFailure.Reason.UNKNOWN_HOST, "unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (!policy.permits(address, port)) {
                throw new FetchFailure(
                        FetchFailure.Reason.REFUSED_ADDRESS,
                        host + " is a private or reserved address (" + address.getHostAddress() + ")");
            }
        }
        return uri;
    }

    private static boolean isDottedQuad(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()
                    || part.length() > 3
                    || !part.chars().allMatch(Character::isDigit)
                    || (part.length() > 1 && part.startsWith("0"))
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private Connection.Response request(URI uri) throws FetchFailure {
        try {
            return Jsoup.connect(uri.toString())
                    .userAgent(USER_AGENT)
                    .followRedirects(false)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .timeout((int) limits.timeout().toMillis())
                    .maxBodySize(limits.maxBytes() + 1)
                    .execute();
        } catch (UnknownHostException e) {
            throw new FetchFailure(FetchFailure.Reason.UNKNOWN_HOST, "unknown host " + uri.getHost(), e);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if (isTimeout(e)) {
                throw new FetchFailure(
                        FetchFailure.Reason.TIMEOUT,
                        "no answer within " + limits.timeout().toSeconds() + " s",
                        e);
            }
            throw new FetchFailure(FetchFailure.Reason.NETWORK, String.valueOf(e.getMessage()), e);
        }
    }

    private byte[] body(Connection.Response response) throws FetchFailure {
        String declared = response.header("Content-Length");
        if (declared != null
                && declared.strip().matches("\\d{1,18}")
                && Long.parseLong(declared.strip()) > limits.maxBytes()) {
            throw new FetchFailure(FetchFailure.Reason.TOO_LARGE, "page larger than " + limits.maxBytes() + " bytes");
        }
        byte[] body;
        try {
            body = response.bodyAsBytes();
        } catch (UncheckedIOException e) {
            if (isTimeout(e)) {
                throw new FetchFailure(FetchFailure.Reason.TIMEOUT, "page took too long to arrive", e);
            }
            throw new FetchFailure(FetchFailure.Reason.NETWORK, String.valueOf(e.getMessage()), e);
        }
        if (body.length > limits.maxBytes()) {
            throw new FetchFailure(FetchFailure.Reason.TOO_LARGE, "page larger than " + limits.maxBytes() + " bytes");
        }
        return body;
    }

    /** jsoup reports a timeout in several shapes, depending on the HTTP client underneath and the phase. */
    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException
                    || t instanceof java.net.http.HttpTimeoutException
                    || (t.getMessage() != null
                            && t.getMessage().toLowerCase(Locale.ROOT).contains("timed out"))) {
                return true;
            }
        }
        return false;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }
}
