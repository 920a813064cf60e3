package com.claimboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.support.HttpSession;
import com.claimboard.support.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in over real HTTP, as a password guesser tries it. Each test comes from its own client address (through the
 * trusted proxy header), as guessers on different machines would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts);
    }

    private HttpResponse<String> signIn(String username, String password, String clientAddress) {
        return new HttpSession(port).signIn(username, password, "X-Forwarded-For", clientAddress);
    }

    private static String location(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void after_five_wrong_passwords_the_account_is_locked_even_for_the_right_one_and_the_log_says_so(
            CapturedOutput log) {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            assertThat(location(signIn("omar", "wrong-" + i, "203.0.113.11"))).endsWith("/login?error");
        }

        assertThat(location(signIn("omar", "omar-password", "203.0.113.11"))).endsWith("/login?locked");
        assertThat(location(signIn("omar", "omar-password", "198.51.100.7")))
                .as("the account, not only the address")
                .endsWith("/login?locked");
        assertThat(log.getAll())
                .contains("Sign-in failed: 'omar' from 203.0.113.11")
                .contains("Sign-in locked for account 'omar'")
                .contains("Sign-in refused while locked: 'omar' from 198.51.100.7");
    }

    @Test
    void a_username_nobody_has_is_refused_in_exactly_the_same_words() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            signIn("erin", "wrong-" + i, "203.0.113.21");
            signIn("nobody-has-this-name", "wrong-" + i, "203.0.113.22");
        }

        assertThat(location(signIn("erin", "wrong", "203.0.113.21")))
                .isEqualTo(location(signIn("nobody-has-this-name", "wrong", "203.0.113.22")));
    }

    @Test
    void one_client_address_guessing_many_usernames_is_locked_and_others_are_not() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            signIn("guess-" + i, "wrong", "203.0.113.31");
        }

        assertThat(location(signIn("eddie", "eddie-password", "203.0.113.31"))).endsWith("/login?locked");
        assertThat(location(signIn("eddie", "eddie-password", "203.0.113.32"))).contains("/app/home");
    }

    @Test
    void a_right_password_before_the_limit_starts_the_count_again() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
                assertThat(location(signIn("rita", "wrong", "203.0.113.4" + round)))
                        .endsWith("/login?error");
            }
            assertThat(location(signIn("rita", "rita-password", "203.0.113.4" + round)))
                    .contains("/app/home");
        }
    }
}
