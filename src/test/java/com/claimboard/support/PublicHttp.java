package com.claimboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A reader of the public site over real HTTP, as a browser or a machine without cookies: no redirects followed,
 * headers given per request ({@code "Accept", "application/json"}, …).
 */
public final class PublicHttp {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public PublicHttp(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(path, "GET", headers);
    }

    public HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder request = request(path, headers).GET();
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(String path, String method, String... headers) {
        HttpRequest.Builder request = request(path, headers).method(method, HttpRequest.BodyPublishers.noBody());
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The public path of a published claim's fact-check ({@code /checks/the-slug-42}). */
    public String checkPath(long claimId) {
        HttpResponse<String> redirect = get("/checks/by-claim/" + claimId);
        assertThat(redirect.statusCode()).isEqualTo(302);
        return URI.create(redirect.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    public String slug(long claimId) {
        return checkPath(claimId).substring("/checks/".length());
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }
}
