package com.claimboard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountAdministration;
import com.claimboard.account.AccountService;
import com.claimboard.account.Role;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.LoopbackSmtp;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications by e-mail, for a person who asked for them: a real SMTP server (GreenMail) on loopback receives
 * the message in the person's language, with the claim's address; someone who did not ask gets none.
 */
@SpringBootTest(properties = {"claimboard.public-base-url=https://desk.example.org"})
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class NotificationMailTest {

    private static final GreenMail SMTP = LoopbackSmtp.started();

    @DynamicPropertySource
    static void mailAndDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        LoopbackSmtp.register(registry, SMTP);
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    NotificationService notifications;

    @Autowired
    ClaimService claims;

    @Autowired
    WorkflowDriver workflow;

    @Test
    void a_person_who_asked_gets_their_notification_by_email_in_their_language() throws Exception {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        SignIn.as("admin", "ADMIN");
        administration.invite("Nadia Benali", "nadia@example.org", "nadia", EnumSet.of(Role.REVIEWER), Locale.FRENCH);
        administration.invite("Paul Girard", "paul@example.org", "paul", EnumSet.of(Role.REVIEWER), Locale.FRENCH);
        assertThat(SMTP.waitForIncomingEmail(10_000, 2))
                .as("the two invitations")
                .isTrue();
        SMTP.purgeEmailFromAllMailboxes();

        SignIn.as("nadia", "REVIEWER");
        assertThat(notifications.byEmail()).as("off unless asked").isFalse();
        assertThat(notifications.mailConfigured()).isTrue();
        notifications.setByEmail(true, Locale.FRENCH);
        assertThat(notifications.byEmail()).isTrue();

        ClaimSummary first = workflow.card("Le prix du ticket de métro passera à 2,50 euros.");
        ClaimSummary second = workflow.card("La ligne 18 transportera 100 000 voyageurs par jour.");
        ClaimSummary third = workflow.card("Le tramway desservira l'aéroport dès 2028.");
        SignIn.as("eddie", "EDITOR", "REVIEWER");
        claims.assign(first.id(), first.version(), "nadia", null);
        claims.assign(second.id(), second.version(), "paul", null);
        claims.assign(third.id(), third.version(), "nadia", null);
        SignIn.out();

        // Sent one after the other in order: had Paul's been sent, it would be the second of these.
        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("nadia@example.org");
        assertThat(message.getSubject())
                .isEqualTo("Claimboard : Eddie Editor vous a attribué l'affirmation " + first.id());
        String body = LoopbackSmtp.text(message);
        assertThat(body).contains("https://desk.example.org/app/claims/" + first.id());
        // Paul did not ask: his notification is in his inbox only.
        assertThat(Arrays.stream(SMTP.getReceivedMessages())
                        .flatMap(m -> {
                            try {
                                return Arrays.stream(m.getAllRecipients());
                            } catch (jakarta.mail.MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .map(Object::toString))
                .containsExactly("nadia@example.org", "nadia@example.org");
        SignIn.as("paul", "REVIEWER");
        assertThat(notifications.unreadCount()).isEqualTo(1);
        SignIn.out();
    }
}
