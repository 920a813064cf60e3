package com.claimboard.shared.fetching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.support.LocalHttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
                http://127.0.0.1:%d/                 | REFUSED_ADDRESS
                http://localhost:%d/                 | REFUSED_ADDRESS
                http://[::1]:%d/                     | REFUSED_ADDRESS
                http://[::ffff:127.0.0.1]:%d/        | REFUSED_ADDRESS
                http://2130706433:%d/                | NUMERIC_HOST
                http://0x7f000001:%d/                | NUMERIC_HOST
                http://017700000001:%d/              | NUMERIC_HOST
                http://0177.0.0.1:%d/                | NUMERIC_HOST
                http://127.1:%d/                     | NUMERIC_HOST
                http://0.0.0.0:%d/                   | REFUSED_ADDRESS
                http://[::]:%d/                      | REFUSED_ADDRESS
                http://10.0.0.1:%d/                  | REFUSED_ADDRESS
                http://169.254.169.254:%d/latest/    | REFUSED_ADDRESS
                http://192.168.1.1:%d/               | REFUSED_ADDRESS
                http://172.16.0.1:%d/                | REFUSED_ADDRESS
                http://100.64.0.1:%d/                | REFUSED_ADDRESS
                http://[fc00::1]:%d/                 | REFUSED_ADDRESS
                http://[fe80::1]:%d/                 | REFUSED_ADDRESS
                http://user:secret@127.0.0.1:%d/     | CREDENTIALS
                http://reviewer@news.example.com:%d/ | CREDENTIALS
                """)
    void production_policy_refuses_private_and_reserved_addresses_and_says_why(String pattern, String reason) {
        String url = pattern.formatted(canary.port());

        assertThatThrownBy(() -> production.fetch(url))
                .isInstanceOf(FetchFailure.class)
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.valueOf(reason));
        assertThat(canary.requestCount()).isZero();
    }

    @ParameterizedTest(name = "{0} is refused as {1} before any lookup")
    @CsvSource(delimiter = '|', textBlock = """
                http://127.1/                  | NUMERIC_HOST
                http://0x7f000001/             | NUMERIC_HOST
                http://017700000001/           | NUMERIC_HOST
                http://0.0.0.0/                | REFUSED_ADDRESS
                http://[::]/                   | REFUSED_ADDRESS
                http://127.0.0.1/              | REFUSED_ADDRESS
                http://[::ffff:10.0.0.1]/      | REFUSED_ADDRESS
                http://user:pw@example.org/    | CREDENTIALS
                gopher://example.org/          | UNSUPPORTED_SCHEME
                ftp://example.org/file         | UNSUPPORTED_SCHEME
                jar:file:/x!/y                 | UNSUPPORTED_SCHEME
                data:text/html,<p>hi</p>       | UNSUPPORTED_SCHEME
                javascript:alert(1)            | UNSUPPORTED_SCHEME
                file:///etc/passwd             | UNSUPPORTED_SCHEME
                /relative/path                 | INVALID_URL
                """)
    void the_address_alone_is_enough_to_refuse_these_forms(String url, String reason) {
        SafeFetcher neverResolves = new SafeFetcher(AddressPolicy.publicInternet(), limits, host -> {
            throw new AssertionError("no lookup for " + host);
        });

        assertThatThrownBy(() -> neverResolves.checkAddress(url))
                .isInstanceOf(FetchFailure.class)
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.valueOf(reason));
    }

    @Test
    void a_name_is_looked_up_only_when_fetched_and_a_public_address_passes_the_check() throws FetchFailure {
        SafeFetcher neverResolves = new SafeFetcher(AddressPolicy.publicInternet(), limits, host -> {
            throw new AssertionError("no lookup for " + host);
        });

        neverResolves.checkAddress("https://news.example.com/politics/2026/12/01/budget");
        neverResolves.checkAddress("http://93.184.216.34/");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "file:///etc/passwd",
                "ftp://example.org/",
                "gopher://example.org/",
                "jar:file:/x!/y",
                "data:text/plain,hello",
                "javascript:alert(1)"
            })
    void only_http_and_https_are_fetched(String url) {
        assertThatThrownBy(() -> production.fetch(url))
                .isInstanceOf(FetchFailure.class)
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.UNSUPPORTED_SCHEME);
    }

    /**
     * DNS rebinding: the name server answers a permitted address when the name is checked and the canary's when it
     * is looked up again. The fetcher must connect to the address it checked, and ask once.
     */
    @Test
    void the_connection_goes_to_the_checked_address_even_when_a_second_lookup_would_answer_otherwise()
            throws Exception {
        InetAddress checked = InetAddress.getByName("127.0.0.2");
        InetAddress rebound = InetAddress.getByName("127.0.0.1");
        try (LocalHttpServer permitted = new LocalHttpServer(new InetSocketAddress(checked, 0));
                LocalHttpServer rebindTarget = new LocalHttpServer(new InetSocketAddress(rebound, permitted.port()))) {
            permitted.html("/page", "<title>Checked</title><p>The address that was checked.</p>");
            rebindTarget.html("/page", "<p>canary</p>");
            AtomicInteger lookups = new AtomicInteger();
            HostResolver rebinding = host -> new InetAddress[] {lookups.getAndIncrement() == 0 ? checked : rebound};
            SafeFetcher fetcher = new SafeFetcher(
                    (address, port) -> address.equals(checked) && port == permitted.port(), limits, rebinding);

            // "localhost" is a real name: a client that looked it up again itself would reach 127.0.0.1.
            FetchedPage page = fetcher.fetch("http://localhost:" + permitted.port() + "/page");

            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("The address that was checked.");
            assertThat(rebindTarget.requestCount()).isZero();
            assertThat(lookups.get()).isEqualTo(1);
        }
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
    void a_server_that_drips_its_page_byte_by_byte_times_out_as_a_whole() {
        site.on("/drip", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try {
                for (int i = 0; i < 100; i++) {
                    exchange.getResponseBody().write('a');
                    exchange.getResponseBody().flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException closedByTheFetcher) {
                // the fetcher gave up, as it should
            }
        });

        long start = System.nanoTime();
        assertThatThrownBy(() -> allowingSite.fetch(site.url("/drip")))
                .extracting(e -> ((FetchFailure) e).reason())
                .isEqualTo(FetchFailure.Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
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
