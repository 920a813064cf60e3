package com.claimboard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.discussion.DiscussionService;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who is told what, on the real database: assignment (by an editor, with a due date), mentions, a verdict sent
 * back, approved, a followed claim reopened; never one's own doing; one's own inbox only.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class NotificationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    NotificationService notifications;

    @Autowired
    ClaimService claims;

    @Autowired
    DiscussionService discussion;

    @Autowired
    VerdictService verdicts;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        for (String person : List.of("rita", "omar", "eddie", "erin")) {
            SignIn.as(person, "REVIEWER");
            notifications.markAllRead();
        }
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_editor_gives_a_claim_to_a_reviewer_with_a_due_date_and_the_reviewer_is_told() {
        ClaimSummary card = workflow.card("The city planted 40,000 trees in 2025.");
        LocalDate due = LocalDate.now().plusDays(3);

        SignIn.as("rita", "REVIEWER");
        assertThatThrownBy(() -> claims.assign(card.id(), card.version(), "omar", due))
                .as("reviewers do not assign")
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as("eddie", "EDITOR", "REVIEWER");
        assertThatThrownBy(() -> claims.assign(card.id(), card.version(), "nobody", due))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("claim.error.assignee");
        assertThatThrownBy(() -> claims.assign(
                        card.id(), card.version(), "omar", LocalDate.now().minusDays(5)))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("claim.error.due-past");
        ClaimSummary assigned = claims.assign(card.id(), card.version(), "omar", due);
        assertThat(assigned.assignee()).isEqualTo("omar");
        assertThat(assigned.dueOn()).isEqualTo(due);
        assertThat(notifications.unreadCount())
                .as("the editor is not told of their own doing")
                .isZero();

        SignIn.as("omar", "REVIEWER");
        assertThat(notifications.unreadCount()).isEqualTo(1);
        NotificationView told = notifications.inbox().getFirst();
        assertThat(told.kind()).isEqualTo(NotificationKind.ASSIGNED);
        assertThat(told.claimId()).isEqualTo(card.id());
        assertThat(told.actor()).isEqualTo("eddie");
        assertThat(told.detail()).isEqualTo(due.toString());

        SignIn.as("rita", "REVIEWER");
        assertThatThrownBy(() -> notifications.markRead(told.id()))
                .as("someone else's notification")
                .isInstanceOf(NotFound.class);

        SignIn.as("omar", "REVIEWER");
        notifications.markRead(told.id());
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.inbox().getFirst().unread()).isFalse();
    }

    @Test
    void a_mention_tells_the_person_named_but_not_the_writer() {
        ClaimSummary card = workflow.card("Bus fares will fall by a third in January.");
        SignIn.as("omar", "REVIEWER");
        discussion.post(card.id(), "@rita can you check this with the operator? cc @omar");
        assertThat(notifications.unreadCount()).isZero();

        SignIn.as("rita", "REVIEWER");
        assertThat(notifications.inbox()).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTIONED);
            assertThat(n.actor()).isEqualTo("omar");
        });
        assertThat(notifications.markAllRead()).isEqualTo(1);
    }

    @Test
    void the_author_hears_of_the_review_and_the_people_who_worked_on_a_claim_of_its_correction() {
        VerdictSummary proposed = workflow.proposed("Crime fell 9 percent last year.", Rating.FALSE, "It rose.");
        SignIn.as("omar", "REVIEWER");
        discussion.post(proposed.claimId(), "The police figures are due on Monday.");

        SignIn.as("eddie", "EDITOR", "REVIEWER");
        verdicts.requestChanges(proposed.id(), proposed.version(), "Cite the police figures, please.");
        SignIn.as("rita", "REVIEWER");
        assertThat(notifications.inbox().getFirst()).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CHANGES_REQUESTED);
            assertThat(n.detail()).isEqualTo("Cite the police figures, please.");
        });
        VerdictSummary again = verdicts.propose(
                proposed.id(),
                verdicts.openVerdict(proposed.claimId()).orElseThrow().version());

        SignIn.as("eddie", "EDITOR", "REVIEWER");
        verdicts.approve(again.id(), again.version());
        SignIn.as("rita", "REVIEWER");
        assertThat(notifications.inbox().getFirst().kind()).isEqualTo(NotificationKind.PUBLISHED);

        SignIn.as("erin", "EDITOR", "REVIEWER");
        long version = claims.claim(proposed.claimId()).version();
        claims.reopenForCorrection(proposed.claimId(), version, "The police revised the figures.");
        assertThat(notifications.unreadCount()).as("erin did it").isZero();
        for (String follower : List.of("rita", "omar", "eddie")) {
            SignIn.as(follower, "REVIEWER");
            assertThat(notifications.inbox().getFirst())
                    .as(follower + " worked on the claim")
                    .satisfies(n -> {
                        assertThat(n.kind()).isEqualTo(NotificationKind.CORRECTION_OPENED);
                        assertThat(n.detail()).isEqualTo("The police revised the figures.");
                    });
        }
    }
}
