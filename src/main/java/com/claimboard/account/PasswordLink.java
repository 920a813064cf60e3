package com.claimboard.account;

import java.time.Instant;

/**
 * A single-use link just made. {@code emailed} says whether it went by e-mail; when it did not, the link is shown
 * to the admin this once, to pass on, and can never be shown again.
 */
public record PasswordLink(String url, String email, Instant expiresAt, boolean emailed) {}
