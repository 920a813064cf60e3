package com.claimboard.shared.fetching;

/**
 * A page as the server sent it.
 *
 * @param finalUrl the address after following redirects
 * @param charset the charset the server declared, or null
 */
public record FetchedPage(
        String requestedUrl, String finalUrl, int status, String contentType, String charset, byte[] body) {}
