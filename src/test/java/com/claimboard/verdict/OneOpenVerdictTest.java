package com.claimboard.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A claim has one open verdict, whatever two tabs do at the same moment: the database holds to it. */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class OneOpenVerdictTest {

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
    VerdictService verdicts;

    @Autowired
    VerdictRepository repository;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
    }

    @Test
    void the_database_refuses_a_second_open_verdict_for_a_claim() {
        ClaimSummary card = workflow.card("Tolls rose 9 percent on the bridge.");
        repository.saveAndFlush(new Verdict(card.id(), "rita"));

        assertThatThrownBy(() -> repository.saveAndFlush(new Verdict(card.id(), "rita")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @Timeout(120)
    void two_tabs_saving_a_first_draft_at_the_same_moment_leave_one_draft_and_tell_the_other_tab() throws Exception {
        for (int round = 0; round < 8; round++) {
            ClaimSummary card = workflow.card("Round " + round + ": the port handled 9 million boxes.");
            SignIn.as("rita", "REVIEWER");
            claims.take(card.id(), card.version());
            SignIn.out();
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<String>> tabs = new ArrayList<>();
            try (ExecutorService browserTabs = Executors.newFixedThreadPool(2)) {
                for (String words : List.of("Tab one's summary.", "Tab two's summary.")) {
                    tabs.add(browserTabs.submit(() -> {
                        SignIn.as("rita", "REVIEWER");
                        try {
                            together.await(10, TimeUnit.SECONDS);
                            verdicts.saveDraft(card.id(), VerdictDraft.of(Rating.FALSE, words, "Why."), null);
                            return "saved";
                        } catch (DomainRuleViolation refused) {
                            return refused.messageKey();
                        } finally {
                            SignIn.out();
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> tab : tabs) {
                    outcomes.add(tab.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).containsOnlyOnce("saved").contains("verdict.error.concurrent-draft");
            }
            assertThat(repository.findAll().stream().filter(v -> v.claimId() == card.id()))
                    .as("one draft, never two")
                    .hasSize(1);
        }
    }
}
