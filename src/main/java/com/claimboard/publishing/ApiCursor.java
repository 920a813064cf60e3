package com.claimboard.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the API ends: the change time and id of its last fact-check, as an opaque string. A cursor
 * stays valid while fact-checks are published: what is published meanwhile comes after it, never in between.
 */
record ApiCursor(Instant changedAt, long id) {

    String encode() {
        String plain = changedAt.getEpochSecond() + "." + changedAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back, or an {@link IllegalArgumentException} for one we never made. */
    static ApiCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\.");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new ApiCursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]));
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("not a cursor: " + cursor, malformed);
        }
    }
}
