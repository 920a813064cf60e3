package com.claimboard.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.fetching.FetchFailure;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.LoopbackSites;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fetch jobs against real web servers on loopback: a passing failure is tried again until the page comes, a
 * permanent one is not, attempts are counted on the source, a host gets at most three fetches at once, a slow
 * site holds up only itself, and every job is a row in the database until it is done.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(LoopbackSites.class)
@Tag(TestDatabase.TAG)
@Timeout(120)
class FetchJobsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Road deaths, annual report</title></head><body>
            <article><h1>Road deaths</h1><p>Road deaths fell by 4 percent last year, to 3,102.</p>
            <p>The figures cover all roads.</p></article></body></html>""";

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    LoopbackSites sites;

    @Autowired
    SourceService sources;

    @Autowired
    ClaimService claims;

    @Autowired
    com.claimboard.article.ArticleService articles;

    @Autowired
    JdbcTemplate jdbc;

    private long claimId;

    @BeforeEach
    void aClaimInResearch() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        SignIn.as("rita", "REVIEWER");
        long articleId = articles.importArticle(new com.claimboard.article.ArticleDraft(
                "Road safety", "Road deaths fell by a tenth last year.", null, null, null));
        ClaimSummary card = claims.cardsOf(articleId).getFirst();
        claims.take(card.id(), card.version());
        claimId = card.id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_server_that_fails_for_a_while_is_asked_again_until_the_page_comes() {
        AtomicInteger asked = new AtomicInteger();
        LocalHttpServer site = sites.open().on("/report", exchange -> {
            if (asked.incrementAndGet() <= 2) {
                LocalHttpServer.send(exchange, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalHttpServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            }
        });

        SourceSummary attached = sources.attach(claimId, site.url("/report"), Stance.SUPPORTS);
        SourceSummary stored = awaitDone(attached.id());

        assertThat(stored.state()).isEqualTo(FetchState.FETCHED);
        assertThat(stored.title()).isEqualTo("Road deaths, annual report");
        assertThat(stored.attempts()).isEqualTo(3);
        assertThat(stored.failureReason())
                .as("the passing failure is forgotten")
                .isNull();
        assertThat(jobs()).as("the job is gone once done").isZero();
    }

    @Test
    void a_page_that_is_not_there_fails_at_once_and_a_server_that_never_recovers_fails_after_the_last_attempt() {
        LocalHttpServer site =
                sites.open().on("/down", exchange -> LocalHttpServer.send(exchange, 500, "text/plain", new byte[0]));

        SourceSummary missing = awaitDone(
                sources.attach(claimId, site.url("/missing"), Stance.CONTEXT).id());
        assertThat(missing.state()).isEqualTo(FetchState.FAILED);
        assertThat(missing.attempts()).as("404 will not change by waiting").isEqualTo(1);
        assertThat(missing.failureReason()).isEqualTo(FetchFailure.Reason.HTTP_STATUS.name());

        SourceSummary down = awaitDone(
                sources.attach(claimId, site.url("/down"), Stance.CONTEXT).id());
        assertThat(down.state()).isEqualTo(FetchState.FAILED);
        assertThat(down.attempts()).isEqualTo(5);
        assertThat(site.requestCount()).isEqualTo(6);

        SourceSummary retried = sources.retry(down.id());
        assertThat(retried.state()).isEqualTo(FetchState.PENDING);
        assertThat(retried.attempts()).as("a person's retry starts over").isZero();
        assertThat(awaitDone(down.id()).attempts()).isEqualTo(5);
    }

    @Test
    void one_host_gets_at_most_three_fetches_at_once_and_a_slow_site_holds_up_only_itself() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        LocalHttpServer slow = sites.open().on("/slow", exchange -> {
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(1_500);
                LocalHttpServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        });
        LocalHttpServer quick = sites.open().html("/quick", PAGE);

        List<Long> slowOnes = IntStream.range(0, 9)
                .mapToObj(i -> sources.attach(claimId, slow.url("/slow") + "?n=" + i, Stance.CONTEXT)
                        .id())
                .toList();
        List<Long> quickOnes = IntStream.range(0, 3)
                .mapToObj(i -> sources.attach(claimId, quick.url("/quick") + "?n=" + i, Stance.CONTEXT)
                        .id())
                .toList();

        quickOnes.forEach(id -> assertThat(awaitDone(id).state()).isEqualTo(FetchState.FETCHED));
        assertThat(slowOnes.stream().map(this::source).filter(s -> s.state() == FetchState.PENDING))
                .as("the quick site's pages were stored while the slow site's still waited")
                .isNotEmpty();
        slowOnes.forEach(id -> assertThat(awaitDone(id).state()).isEqualTo(FetchState.FETCHED));
        assertThat(mostAtOnce.get()).isBetween(1, 3);
    }

    private SourceSummary awaitDone(long sourceId) {
        await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .until(() -> source(sourceId).state() != FetchState.PENDING);
        return source(sourceId);
    }

    private SourceSummary source(long sourceId) {
        return sources.sourcesOf(claimId).stream()
                .filter(s -> s.id() == sourceId)
                .findFirst()
                .orElseThrow();
    }

    private int jobs() {
        return jdbc.queryForObject(
                "select count(*) from scheduled_tasks where task_name = 'fetch-source' and task_instance in"
                        + " (select cast(id as varchar(20)) from sources where claim_id = ?)",
                Integer.class,
                claimId);
    }
}
