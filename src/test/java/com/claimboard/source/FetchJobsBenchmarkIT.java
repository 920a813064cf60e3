package com.claimboard.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.LoopbackSites;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The fetch jobs' benchmark, with the production settings (40 threads, 3 fetches per host): 200 sources attached
 * at once over 20 loopback sites that each take 1 s to answer, then the same with a 21st site that takes 10 s
 * for each of its 10 pages. Prints the times (docs/benchmarks.md); asserts only that every page is stored.
 */
@SpringBootTest(
        properties = {
            "claimboard.fetch.threads=40",
            "claimboard.fetch.per-host=3",
            "claimboard.fetch.polling-interval=1s",
            "claimboard.fetcher.timeout=20s"
        })
@ActiveProfiles("test")
@Import(LoopbackSites.class)
@Timeout(600)
class FetchJobsBenchmarkIT {

    private static final byte[] PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Road deaths, annual report</title></head><body>
            <article><h1>Road deaths</h1><p>Road deaths fell by 4 percent last year, to 3,102.</p>
            <p>The figures cover all roads.</p></article></body></html>""".getBytes(StandardCharsets.UTF_8);

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    LoopbackSites sites;

    @Test
    void two_hundred_sources_over_twenty_slow_sites_and_one_very_slow_site() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        SignIn.as("rita", "REVIEWER");
        List<LocalHttpServer> oneSecond = IntStream.range(0, 20)
                .mapToObj(i -> sites.open().on("/page", answerAfter(Duration.ofSeconds(1))))
                .toList();
        LocalHttpServer tenSeconds = sites.open().on("/page", answerAfter(Duration.ofSeconds(10)));

        List<Long> claimIds =
                IntStream.range(0, 20).mapToObj(i -> claimInResearch(i)).toList();
        long alone = run(claimIds.subList(0, 10), oneSecond, null);
        System.out.printf(
                "FETCH JOBS: 200 sources over 20 sites answering after 1 s: all stored in %.1f s%n", alone / 1e3);

        long withSlowSite = run(claimIds.subList(10, 20), oneSecond, tenSeconds);
        System.out.printf(
                "FETCH JOBS: the same with a 21st site answering after 10 s (10 pages): the 200 stored in %.1f s%n",
                withSlowSite / 1e3);
        SignIn.out();
    }

    /** Attaches 20 sources per claim (one page of each site, ten claims), and one of the slow site per claim if given. */
    private long run(List<Long> claimIds, List<LocalHttpServer> sitesAnswering, LocalHttpServer slowSite) {
        long start = System.nanoTime();
        List<long[]> fast = new ArrayList<>();
        List<long[]> slow = new ArrayList<>();
        for (long claimId : claimIds) {
            for (LocalHttpServer site : sitesAnswering) {
                fast.add(new long[] {
                    claimId,
                    sources.attach(claimId, site.url("/page") + "?c=" + claimId, Stance.CONTEXT)
                            .id()
                });
            }
            if (slowSite != null) {
                for (int i = 0; i < 1; i++) {
                    slow.add(new long[] {
                        claimId,
                        sources.attach(claimId, slowSite.url("/page") + "?c=" + claimId + "&i=" + i, Stance.CONTEXT)
                                .id()
                    });
                }
            }
        }
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(100))
                .pollInSameThread()
                .until(() -> allStored(fast));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(200))
                .pollInSameThread()
                .until(() -> allStored(slow));
        if (slowSite != null) {
            System.out.printf(
                    "FETCH JOBS: the slow site's 10 pages stored after %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        return elapsed;
    }

    private boolean allStored(List<long[]> attached) {
        var byClaim = attached.stream().collect(Collectors.groupingBy(a -> a[0]));
        for (var entry : byClaim.entrySet()) {
            var states = sources.sourcesOf(entry.getKey()).stream()
                    .collect(Collectors.toMap(SourceSummary::id, SourceSummary::state));
            for (long[] source : entry.getValue()) {
                FetchState state = states.get(source[1]);
                assertThat(state).isNotEqualTo(FetchState.FAILED);
                if (state != FetchState.FETCHED) {
                    return false;
                }
            }
        }
        return true;
    }

    private long claimInResearch(int index) {
        long articleId = articles.importArticle(new ArticleDraft(
                "Benchmark " + index, "Road deaths fell by a tenth in region " + index + ".", null, null, null));
        ClaimSummary card = claims.cardsOf(articleId).getFirst();
        claims.take(card.id(), card.version());
        return card.id();
    }

    private static LocalHttpServer.Handler answerAfter(Duration delay) {
        return exchange -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            LocalHttpServer.send(exchange, 200, "text/html; charset=utf-8", PAGE);
        };
    }
}
