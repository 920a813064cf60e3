package com.claimboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.support.HttpSession;
import com.claimboard.support.LoopbackSmtp;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a mail server configured, an invitation goes by e-mail: a real SMTP server (GreenMail) on loopback receives
 * it, the test reads the message as the invitee would, follows its link, sets a password and signs in.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimboard.public-base-url=https://desk.example.org", "claimboard.mail.from=desk@example.org"})
@ActiveProfiles("test")
@Tag(TestDatabase.TAG)
class InvitationMailTest {

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

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accounts;

    @Test
    void the_invitation_is_emailed_in_the_persons_language_and_its_link_lets_them_in() throws Exception {
        SignIn.bindTo(context);
        SignIn.as("admin", "ADMIN");
        assertThat(administration.mailConfigured()).isTrue();

        PasswordLink link = administration.invite(
                "Chloé Durand", "chloe.durand@example.org", "chloe", EnumSet.of(Role.REVIEWER), Locale.FRENCH);
        SignIn.out();

        assertThat(link.emailed()).isTrue();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("chloe.durand@example.org");
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("desk@example.org");
        assertThat(message.getSubject()).isEqualTo("Vous êtes invité à la rédaction sur Claimboard");
        String text = LoopbackSmtp.text(message);
        assertThat(text).contains("Bonjour Chloé Durand", "Votre identifiant est chloe");
        Matcher url = Pattern.compile("https://desk\\.example\\.org/password/([A-Za-z0-9_-]{43})")
                .matcher(text);
        assertThat(url.find()).as("the link is in the message: %s", text).isTrue();
        assertThat(url.group(0)).isEqualTo(link.url());

        String token = url.group(1);
        assertThat(accounts.checkLink(token).state()).isEqualTo(AccountService.LinkCheck.State.VALID);
        accounts.setPasswordFromLink(token, "Lune-Vélo-Carafe-93");
        assertThat(new HttpSession(port)
                        .signIn("chloe", "Lune-Vélo-Carafe-93")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }
}
