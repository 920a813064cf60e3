package com.claimboard.shared.fetching;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks on an address before anything connects: what can be said from the address alone (scheme,
 * credentials, numbers written as a host, a literal address in a private range), then every address its host
 * resolves to. The addresses that passed are the only ones the fetcher connects to.
 */
final class AddressCheck {

    /** Host names written as a bare number, in hex or in octal, which some resolvers read as an address. */
    private static final Pattern NUMERIC_HOST =
            Pattern.compile("(?i)^(?:0x[0-9a-f]+|[0-9]+)(?:\\.(?:0x[0-9a-f]+|[0-9]+)){0,3}$");

    private static final Pattern SCHEME = Pattern.compile("\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final java.util.Set<String> WEB_SCHEMES = java.util.Set.of("http", "https");

    private final AddressPolicy policy;

    AddressCheck(AddressPolicy policy) {
        this.policy = policy;
    }

    /** A target that passed the checks: the address, its host and port, and the IPs it may connect to. */
    record Target(URI uri, String host, int port, InetAddress[] addresses) {}

    /** Everything that can be said without looking the host up; returns the parsed address. */
    URI parse(String url) throws FetchFailure {
        Matcher written = SCHEME.matcher(url);
        if (written.lookingAt() && !WEB_SCHEMES.contains(written.group(1).toLowerCase(Locale.ROOT))) {
            // Said first: "data:text/html,<b>" is no valid URI either, but the scheme is the reason.
            throw new FetchFailure(FetchFailure.Reason.UNSUPPORTED_SCHEME, "only http and https are fetched");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchFailure(FetchFailure.Reason.INVALID_URL, "not a valid address: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getScheme() == null) {
            throw new FetchFailure(FetchFailure.Reason.INVALID_URL, "not an absolute address: " + url);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailure(FetchFailure.Reason.UNSUPPORTED_SCHEME, "only http and https are fetched");
        }
        if (uri.getRawUserInfo() != null
                || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new FetchFailure(FetchFailure.Reason.CREDENTIALS, "addresses with a user name are not fetched");
        }
        String host = uri.getHost();
        if (host == null && uri.getRawAuthority() != null) {
            // java.net.URI leaves the host out when it is neither a name nor a dotted quad, as in "127.1".
            String authority = uri.getRawAuthority().replaceFirst(":\\d*$", "");
            if (NUMERIC_HOST.matcher(authority).matches()) {
                throw new FetchFailure(
                        FetchFailure.Reason.NUMERIC_HOST, "numeric host names are not fetched: " + authority);
            }
        }
        if (host == null || host.isBlank()) {
            throw new FetchFailure(FetchFailure.Reason.INVALID_URL, "no host in " + url);
        }
        String bare = bareHost(host);
        if (NUMERIC_HOST.matcher(bare).matches() && !isDottedQuad(bare)) {
            throw new FetchFailure(FetchFailure.Reason.NUMERIC_HOST, "numeric host names are not fetched: " + host);
        }
        if (isLiteral(bare)) {
            checkAll(host, port(uri), literal(bare));
        }
        return uri;
    }

    /** Parses, resolves and checks every address of the host: the target to connect to, and only to. */
    Target resolve(String url, HostResolver resolver) throws FetchFailure {
        URI uri = parse(url);
        String bare = bareHost(uri.getHost());
        int port = port(uri);
        InetAddress[] addresses;
        if (isLiteral(bare)) {
            addresses = literal(bare);
        } else {
            try {
                addresses = resolver.resolve(IDN.toASCII(bare));
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw new FetchFailure(FetchFailure.Reason.UNKNOWN_HOST, "unknown host " + uri.getHost(), e);
            }
        }
        if (addresses == null || addresses.length == 0) {
            throw new FetchFailure(FetchFailure.Reason.UNKNOWN_HOST, "unknown host " + uri.getHost());
        }
        checkAll(uri.getHost(), port, addresses);
        return new Target(uri, bare, port, addresses.clone());
    }

    private void checkAll(String host, int port, InetAddress[] addresses) throws FetchFailure {
        for (InetAddress address : addresses) {
            if (!policy.permits(address, port)) {
                throw new FetchFailure(
                        FetchFailure.Reason.REFUSED_ADDRESS,
                        host + " is a private or reserved address (" + address.getHostAddress() + ")");
            }
        }
    }

    static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String bareHost(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isLiteral(String host) {
        return host.indexOf(':') >= 0 || isDottedQuad(host);
    }

    /** A literal address, read without any lookup (InetAddress reads a literal as it is). */
    private static InetAddress[] literal(String host) throws FetchFailure {
        try {
            return new InetAddress[] {InetAddress.getByName(host)};
        } catch (UnknownHostException e) {
            throw new FetchFailure(FetchFailure.Reason.INVALID_URL, "not a valid address: " + host, e);
        }
    }

    private static boolean isDottedQuad(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()
                    || part.length() > 3
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.startsWith("0"))
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
