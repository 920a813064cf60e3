package com.claimboard.shared.fetching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.support.LocalHttpServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFetcherTest {

    /** Listens on loopback: with the production policy, nothing may ever reach it. */
    private final LocalHttpServer canary = new LocalHttpServer().html("/", "<p>canary</p>");

    private final LocalHttpServer site = new LocalHttpServer();

    private final FetchLimits limits = new FetchLimits(Duration.ofSeconds(2), 64 * 1024, 3);

    private final SafeFetcher production = new SafeFetcher(AddressPolicy.publicInternet(), limits);

    /** The test-only policy: the public internet plus exactly the test site, not the canary. */
    private final SafeFetcher allowingSite =
            new SafeFetcher(AddressPolicy.publicInternet().alsoAllowing(site.address(), site.port()), limits);

    @AfterEach
    void stopServers() {
        canary.close();
        site.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:%d/",
                "http://localhost:%d/",
                "http://[::1]:%d/",
                "http://[::ffff:127.0.0.1]:%d/",
                "http://2130706433:%d/",
                "http://0x7f000001:%d/",
                "http://0177.0.0.1:%d/",
                "http://127.1:%d/",
                "http://0.0.0.0:%d/",
                "http://10.0.0.1:%d/",
                "http://169.254.169.254:%d/latest/meta-data/",
                "http://192.168.1.1:%d/",
                "http://172.16.0.1:%d/",
                "http://100.64.0.1:%d/",
                "http://[fc00::1]:%d/",
                "http://[fe80::1]:%d/",
                "http://[::]:%d/"
            })
    void production_policy_refuses_private_and_reserved_addresses(String pattern) {
        String url = pattern.formatted(canary.port());

        assertThatThrownBy(() -> production.fetch(url))
                .isInstanceOf(FetchFailure.class)
                .extracting(e -> ((FetchFailure) e).reason())
                .isIn(FetchFailure.Reason.REFUSED_ADDRESS, FetchFailure.Reason.UNKNOWN_HOST);
        assertThat(canary.requestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://localhost/",
                "http://[::1]/",
                "http://10.0.0.1/",
                "http://169.254.169.254/",
                "http://[::ffff:127.0.0.1]/",
                "http://2130706433/"
            })
    void production_policy_refuses_the_usual_internal_targets_on_default_ports(String url) {
        assertThatThrownBy(() -> production.fetch(url))
                .isInstanceOf(FetchFailure.class)
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.REFUSED_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "file:///etc/passwd",
                "ftp://example.org/",
                "gopher://example.org/",
                "jar:file:/x!/y",
                "javascript:alert(1)"
            })
    void only_http_and_https_are_fetched(String url) {
        assertThatThrownBy(() -> production.fetch(url))
                .isInstanceOf(FetchFailure.class)
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.UNSUPPORTED_SCHEME);
    }

    @Test
    void a_public_looking_name_that_resolves_to_loopback_is_refused() {
        SafeFetcher withRebindingDns = new SafeFetcher(
                AddressPolicy.publicInternet(), limits, host -> new InetAddress[] {InetAddress.getLoopbackAddress()});

        assertThatThrownBy(() -> withRebindingDns.fetch("http://news.example.com:" + canary.port() + "/"))
                .isInstanceOf(FetchFailure.class)
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.REFUSED_ADDRESS);
        assertThat(canary.requestCount()).isZero();
    }

    @Test
    void a_name_with_one_private_address_among_public_ones_is_refused() throws UnknownHostException {
        InetAddress[] mixed = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")};
        SafeFetcher fetcher = new SafeFetcher(AddressPolicy.publicInternet(), limits, host -> mixed);

        assertThatThrownBy(() -> fetcher.fetch("http://mixed.example.com/"))
                .isInstanceOf(FetchFailure.class)
                .hasMessageContaining("10.1.2.3");
    }

    @Test
    void a_page_that_redirects_to_a_private_address_is_refused_at_the_hop() {
        site.redirect("/article", "http://127.0.0.1:" + canary.port() + "/");

        assertThatThrownBy(() -> allowingSite.fetch(site.url("/article")))
                .isInstanceOf(FetchFailure.class)
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.REFUSED_ADDRESS);
        assertThat(site.requestCount()).isEqualTo(1);
        assertThat(canary.requestCount()).isZero();
    }

    @Test
    void a_redirect_to_the_metadata_service_or_a_file_is_refused() {
        site.redirect("/meta", "http://169.254.169.254/latest/meta-data/");
        site.redirect("/file", "file:///etc/passwd");

        assertThatThrownBy(() -> allowingSite.fetch(site.url("/meta")))
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.REFUSED_ADDRESS);
        assertThatThrownBy(() -> allowingSite.fetch(site.url("/file")))
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.UNSUPPORTED_SCHEME);
    }

    @Test
    void redirects_within_allowed_addresses_are_followed_and_the_final_url_kept() throws FetchFailure {
        site.redirect("/old", "/new").html("/new", "<title>Moved</title><p>Here now.</p>");

        FetchedPage page = allowingSite.fetch(site.url("/old"));

        assertThat(page.finalUrl()).isEqualTo(site.url("/new"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Here now.");
    }

    @Test
    void too_many_redirects_fail() {
        site.redirect("/loop", "/loop");

        assertThatThrownBy(() -> allowingSite.fetch(site.url("/loop")))
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.TOO_MANY_REDIRECTS);
    }

    @Test
    void a_body_over_the_cap_fails_instead_of_being_cut() {
        byte[] big = new byte[limits.maxBytes() + 10];
        Arrays.fill(big, (byte) 'a');
        site.on("/big", exchange -> LocalHttpServer.send(exchange, 200, "text/html", big));
        site.on("/chunked", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            exchange.getResponseBody().write(big);
        });

        assertThatThrownBy(() -> allowingSite.fetch(site.url("/big")))
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.TOO_LARGE);
        assertThatThrownBy(() -> allowingSite.fetch(site.url("/chunked")))
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.TOO_LARGE);
    }

    @Test
    void a_body_exactly_at_the_cap_is_accepted_whole() throws FetchFailure {
        byte[] exact = new byte[limits.maxBytes()];
        Arrays.fill(exact, (byte) 'b');
        site.on("/exact", exchange -> LocalHttpServer.send(exchange, 200, "text/plain", exact));

        assertThat(allowingSite.fetch(site.url("/exact")).body()).hasSize(limits.maxBytes());
    }

    @Test
    void a_server_that_never_answers_times_out() {
        site.on("/slow", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThatThrownBy(() -> allowingSite.fetch(site.url("/slow")))
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.TIMEOUT);
    }

    @Test
    void an_error_status_is_reported_with_its_code() {
        site.on("/gone", exchange -> LocalHttpServer.send(exchange, 410, "text/html", new byte[0]));

        assertThatThrownBy(() -> allowingSite.fetch(site.url("/gone")))
                .isInstanceOf(FetchFailure.class)
                .hasMessageContaining("410");
    }

    @Test
    void the_test_policy_allows_only_the_one_server() {
        assertThatThrownBy(() -> allowingSite.fetch("http://127.0.0.1:" + canary.port() + "/"))
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.REFUSED_ADDRESS);
        assertThat(canary.requestCount()).isZero();
    }
}
