package com.claimboard.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for addresses the desk stores and shows: an absolute {@code http} or {@code https} address with a
 * host and without credentials, of at most 2,000 characters. Anything else ({@code javascript:}, {@code data:},
 * a relative path) is refused when stored, and never turned into a link when shown.
 */
public final class WebAddresses {

    public static final int MAX_LENGTH = 2_000;

    private WebAddresses() {}

    /** Whether the text is a web address we store and link to. */
    public static boolean isWebAddress(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    /**
     * An optional address field as it is stored: null when left empty, the stripped address when it is a web
     * address, refused otherwise with a message naming the field.
     */
    public static String optional(String url, String labelKey) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String stripped = url.strip();
        new TextLimit(labelKey, MAX_LENGTH).check(stripped);
        if (!isWebAddress(stripped)) {
            throw new DomainRuleViolation(
                    "error.not-web-address", "not an http(s) address: " + stripped, new Label(labelKey));
        }
        return stripped;
    }

    /** The address to put in a link's href, only when it is a web address; a stored address is checked again. */
    public static Optional<String> href(String url) {
        return isWebAddress(url) ? Optional.of(url.strip()) : Optional.empty();
    }
}
