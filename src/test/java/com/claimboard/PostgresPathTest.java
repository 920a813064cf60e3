package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimFilter;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.claim.splitting.CheckworthinessReason;
import com.claimboard.publishing.PublishingService;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production path on a real PostgreSQL: the same Flyway migrations, Hibernate's schema validation, and a
 * claim carried to publication. `.ci/run` starts the server; elsewhere the test runs when
 * CLAIMBOARD_TEST_POSTGRES_URL points at one (a fresh database is created for each run).
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import({TestSourceSite.class, WorkflowDriver.class})
class PostgresPathTest {

    private static final String SERVER = TestDatabase.server();
    private static final String USER = TestDatabase.user();

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    PublishingService publishing;

    @Autowired
    ClaimService claims;

    @BeforeAll
    static void requireServer() {
        if (SERVER == null && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must provide CLAIMBOARD_TEST_POSTGRES_URL; .ci/run starts PostgreSQL");
        }
        Assumptions.assumeTrue(SERVER != null, "no PostgreSQL server given in CLAIMBOARD_TEST_POSTGRES_URL");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (SERVER == null) {
            return; // requireServer skips or fails the class
        }
        String url = TestDatabase.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void the_migrations_hold_on_postgresql_and_a_claim_is_published() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);

        long claimId = workflow.published(
                "Le chômage a baissé de 3 % en un an, a déclaré la ministre.",
                Rating.FALSE, "Il a baissé de 0,3 point.");

        SignIn.out();
        assertThat(publishing.publicPath(claimId))
                .hasValueSatisfying(path -> assertThat(path).startsWith("/checks/le-chomage"));

        // The board, where everyone lands, with each of its filters: a query only H2 accepts broke it once.
        SignIn.as("omar", "REVIEWER");
        ClaimSummary published = claims.claim(claimId);
        for (ClaimFilter filter : List.of(
                ClaimFilter.all(),
                new ClaimFilter(
                        published.articleId(), ClaimState.PUBLISHED, "rita", false, CheckworthinessReason.STATISTIC),
                new ClaimFilter(null, null, null, true, CheckworthinessReason.ATTRIBUTION))) {
            assertThat(claims.board(filter, PageRequest.of(0, 50, Sort.by("checkworthiness")))
                            .getTotalElements())
                    .isEqualTo(claims.count(filter));
        }
        assertThat(claims.board(
                                new ClaimFilter(null, null, null, false, CheckworthinessReason.STATISTIC),
                                PageRequest.of(0, 50))
                        .getContent())
                .extracting(ClaimSummary::id)
                .contains(claimId);
    }
}
