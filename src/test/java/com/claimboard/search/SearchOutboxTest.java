package com.claimboard.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimHit;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The coordination of several nodes (the elasticsearch profile's {@code outbox-polling}), here over the embedded
 * index, on H2 and on PostgreSQL: the outbox tables of migration V19 are the ones Hibernate Search expects (the
 * schema is validated at start), and a change reaches the index through the outbox, which empties.
 */
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling",
            "spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=50"
        })
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class SearchOutboxTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_new_card_reaches_the_index_through_the_outbox() {
        ClaimSummary card = workflow.card(
                "The ferry to Molene carried forty thousand passengers in 2025, the port authority says.");
        SignIn.as("omar", "REVIEWER");

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(claims.search("molene ferry passengers", 5))
                        .extracting(ClaimHit::claimId)
                        .contains(card.id()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class))
                                .isZero());
        // The node that processes the events has said so in the agents table.
        assertThat(jdbc.queryForObject("select count(*) from hsearch_agent", Long.class))
                .isPositive();
    }
}
