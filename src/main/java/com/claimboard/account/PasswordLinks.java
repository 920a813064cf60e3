package com.claimboard.account;

import com.claimboard.shared.WebAddresses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes and finds single-use password links. A link is {@code <base>/password/<token>}, where the base is the
 * configured public address (never the request's Host header, which anyone can set) and the token 256 random
 * bits; only the token's SHA-256 is stored. A new link for an account voids its earlier unused ones.
 */
@Component
class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountLinkRepository links;
    private final Duration lifetime;
    private final String baseUrl;

    PasswordLinks(
            AccountLinkRepository links,
            @Value("${claimboard.accounts.link-lifetime:72h}") Duration lifetime,
            @Value("${claimboard.public-base-url:http://localhost:8080}") String baseUrl) {
        this.links = links;
        this.lifetime = lifetime;
        String stripped = baseUrl.strip().replaceAll("/+$", "");
        if (!WebAddresses.isWebAddress(stripped)) {
            throw new IllegalStateException("claimboard.public-base-url must be an http(s) address, not " + baseUrl);
        }
        this.baseUrl = stripped;
    }

    Duration lifetime() {
        return lifetime;
    }

    record Made(String url, Instant expiresAt) {}

    Made make(Account account, AccountLink.Purpose purpose, String createdBy, Instant now) {
        links.findByAccountIdAndUsedAtIsNull(account.id()).forEach(earlier -> earlier.use(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(lifetime);
        links.save(new AccountLink(account.id(), purpose, hash(token), createdBy, now, expiresAt));
        return new Made(baseUrl + "/password/" + token, expiresAt);
    }

    Optional<AccountLink> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return links.findByTokenHash(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
