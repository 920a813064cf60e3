package com.claimboard.publishing;

import com.claimboard.shared.WebAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public site's own address, as configured ({@code CLAIMBOARD_PUBLIC_BASE_URL}): every absolute address on a
 * public page and in ClaimReview starts with it, never with the request's Host header, which anyone can set (and
 * which a cache would then serve to everyone).
 */
@Component
class PublicBaseUrl {

    private final String value;

    PublicBaseUrl(@Value("${claimboard.public-base-url:http://localhost:8080}") String configured) {
        String stripped = configured.strip().replaceAll("/+$", "");
        if (!WebAddresses.isWebAddress(stripped)) {
            throw new IllegalStateException(
                    "claimboard.public-base-url (CLAIMBOARD_PUBLIC_BASE_URL) must be an http(s) address, not "
                            + configured);
        }
        this.value = stripped;
    }

    /** Without a trailing slash: {@code https://checks.example.org}. */
    String value() {
        return value;
    }

    String of(String path) {
        return value + path;
    }
}
