package com.claimboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which passwords a person may choose, and the reason each refusal gives. */
class PasswordPolicyTest {

    @Test
    void the_length_is_checked_at_below_and_above_its_limits() {
        assertRefused("x7#Lq2!vZ", "password.error.too-short"); // 9
        assertThat(PasswordPolicy.check("x7#Lq2!vZp")).hasSize(PasswordPolicy.MIN);
        String longest = "kq7-Vaporetto-lintel-".repeat(7).substring(0, PasswordPolicy.MAX);
        assertThat(PasswordPolicy.check(longest)).hasSize(PasswordPolicy.MAX);
        assertRefused(longest + "x", "password.error.too-long");
        assertRefused(null, "password.error.too-short");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "1234567890", "qwertyuiop", "Password123!", "drowssap1234"})
    void the_most_common_passwords_are_refused_as_such(String common) {
        assertRefused(common, "password.error.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "PASSWORD1234", "football2024", "iloveyou12", "            "})
    void easily_guessed_passwords_are_refused(String guessable) {
        assertThatThrownBy(() -> PasswordPolicy.check(guessable))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isIn("password.error.guessable", "password.error.common");
    }

    @Test
    void a_password_made_of_the_persons_own_names_is_refused() {
        assertRefused("ritacooper2024", "password.error.personal", "rita", "Rita Cooper", "rita@example.org");
        assertThat(PasswordPolicy.check("ritacooper2024", "omar", "Omar Haddad"))
                .isEqualTo("ritacooper2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Lune-Vélo-Carafe-93", "kq7-Vaporetto-lintel"})
    void long_unpredictable_passwords_are_accepted(String good) {
        assertThat(PasswordPolicy.check(good, "rita", "Rita Cooper")).isEqualTo(good);
    }

    private static void assertRefused(String password, String key, String... person) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, person))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo(key);
    }
}
